"""Activity planner: behavioural activation's week of activities rated for pleasure, mastery and mood."""

from ...core.contract import Kind
from ...core.html import kind_of
from .chart import week_plot
from .checking import check_activity
from .display import ActivityPlanner
from .loading import load_week
from .summary import summarise

KIND = Kind(name=kind_of(__name__), display=ActivityPlanner)

__all__ = ["KIND", "ActivityPlanner", "check_activity", "load_week", "summarise", "week_plot"]
