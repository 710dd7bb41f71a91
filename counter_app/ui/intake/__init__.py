"""The intake page's parts: applicant, item picker, material checklist."""
