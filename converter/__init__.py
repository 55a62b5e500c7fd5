"""doc2xbrl: legacy SEC EDGAR filings in, validated XBRL 2.1 instances out."""

__version__ = "0.1.0"
