"""Page units: layouts are published in millimetres, PDF works in points (1/72 inch)."""

MM = 72 / 25.4  # PDF points per millimetre
