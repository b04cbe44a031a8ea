"""The dataset build: load seeds -> check them -> make table rows -> write the data package."""
