"""Thin readers of one kind of document each (a 20-F cover, a board resolution, an EDGAR
submission's header): which mechanisms a kind leans on, and its layout rules as data."""
