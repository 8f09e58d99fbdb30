"""The course-platform exports: Moodle GIFT (gift.py) and Canvas QTI 1.2 (qti.py), with what they share in banks.py."""
