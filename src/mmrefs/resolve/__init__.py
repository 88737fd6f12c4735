"""Resolution: which reference goes to which provider call, and the verified outcome."""
