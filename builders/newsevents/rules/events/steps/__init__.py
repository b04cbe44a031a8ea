"""The steps of `find_events`, one module each: a step reads the sentence (`_Scene`) and the draft
event (`_Draft`) that the steps before it filled in, and fills in its own fields. The workers they
call (clause boundaries, party roles, place roles, status cues, verb forms) live one level up."""
