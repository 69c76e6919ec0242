"""Output formats: each module renders a ScanResult to a string."""
