"""Record signatures and per-field comparers, shared by dedupe and resolution."""
