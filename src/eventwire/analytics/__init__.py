"""Analytics on the store, computed in SQL: dyad time series, top actors and dyads, alerts.

Every function takes a DuckDB cursor on an eventwire store (``Store.cursor()``) and returns
a pandas DataFrame; ``Store`` exposes them as methods.
"""

from eventwire.analytics.alerts import escalation_alerts
from eventwire.analytics.series import dyad_series
from eventwire.analytics.top import top_actors, top_dyads

__all__ = ["dyad_series", "escalation_alerts", "top_actors", "top_dyads"]
