"""English dates as the EU writes them, day first: `27 September 2026` (Django's default is `Sept. 27, 2026`)."""

DATE_FORMAT = "j F Y"
