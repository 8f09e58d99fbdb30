"""The whole course as one IMS Common Cartridge 1.1 file (``.imscc``): a module per chapter with its overview,
a link to the chapter (or the chapter itself), its practice quiz, its discussion topics and its worksheets, and the
instructor guide for instructors only.

What this follows, and where it was read:
- the Common Cartridge 1.1 schemas in ``../shared/schemas/imscc-1.1/`` (Moodle's copy of the IMS profiles): element
  names, the resource types (``webcontent``, ``imsqti_xmlv1p2/imscc_xmlv1p1/assessment``, ``imsdt_xmlv1p1``,
  ``imswl_xmlv1p1``) and the metadata each place allows;
- Moodle's CC library (``backup/cc/cc_lib/cc_version11.php``, ``cc_asssesment.php``): the QTI profile's metadata
  (``cc_profile`` ``cc.exam.v0p1`` on the assessment, ``cc.multiple_choice.v0p1`` and friends on each item);
- who may see a resource: the resource's own LOM record, ``lom:educational/lom:intendedEndUserRole`` with the value
  ``Instructor`` (source ``IMSGLC_CC_Rolesv1p1``) in the LOM *resource* namespace. Moodle's importer
  (``cc112moodle.php``, ``get_module_visible``) hides such a module; Canvas's (``lib/cc/importer``: the resource's
  ``intendedEndUserRole value``) locks such a file and leaves such a discussion unpublished;
- the organisation: Canvas makes a module of each ``organization > item > item`` (``org_converter.rb``).
"""
