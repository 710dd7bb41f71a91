"""The case list, the case detail and the step dialog."""
