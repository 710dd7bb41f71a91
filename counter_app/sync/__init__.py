"""Moving facts and reference data between the local store and the hall store. No Qt."""
