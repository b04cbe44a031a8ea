"""Release tooling: what changed between two data packages (`diff`) and whether a schema change
may ship under its version (`compat`), so every release states its changes and keeps old readers working."""
