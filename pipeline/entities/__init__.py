"""Entity mentions: the KB linker component, acronym definitions."""
