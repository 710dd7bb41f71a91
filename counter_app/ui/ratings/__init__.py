"""Applicants' ratings (好差评): the rating dialog, the window facing the applicant, the rate button."""
