"""Event rule: triggers from a lexicon, then status, attribution, participants, places, dates and
quantities attached from the same sentence.

It works on what the other rules found (entity mentions, time expressions, quantities) and on
sentence boundaries; it never re-reads the text for entities. Heuristics, kept general:
- a reporting word ("said", "according to"; not one inside a name: "the United States") attributes
  the other events of its sentence to the actor next to it, and becomes a statement event only when
  the sentence names no other event;
- status comes from cue words shortly before the trigger in the same clause ("will" → planned,
  "denies" → denied, "claimed" → claimed), else from the verb right after a noun trigger ("The
  talks will", "The protests continue"), else from the date (after publication → planned, "until"
  a day to come → ongoing); a trigger in the past tense ("spoke", "attacked", not "will be
  deployed") is never planned, and a day still to come does not date it;
- an actor before the trigger is its initiator, one after it its target, the speaker its source;
  only the actors of the trigger's own coordinated clause initiate it when it names one ("…, while
  Merkel urged"); a predicate coordinated with no subject of its own ("met Duda and discussed")
  or a purpose after "for" ("will visit Peru for talks") has the initiators of the one before; a
  demonym right before it is its only initiator ("an Israeli raid"); a subject pronoun right
  before it stands for the person it refers back to ("He met Duda"), "they" for the
  latest group named ("Police said they detained"), "it" after an organization's or a state's
  reporting word for that speaker ("The army said it had retaken");
- a country right after "in"/"at"/"near" is a setting, not an actor; a capital acts as its
  government only where no preposition makes it a place ("Warsaw has deployed");
- the nearest time phrase dates a trigger; an unresolved nearest one leaves it undated;
- a noun trigger right after a verb trigger of another type ("announced these exercises", "to
  discuss the war") is what the verb acts on: the verb's subject does not initiate it, and a time
  phrase before the verb does not date it;
- a place after "in"/"at" is where it happens, after "to"/"for"/"towards" its destination, after
  "from" its origin, after "on"/"along" + border its surroundings, otherwise its subject; but a
  country with no such preposition that is the event's initiator or target is a party to it, not
  a place ("Russia invited Ukraine": two actors, no place).

Modules: `lexicon` (the trigger lexicon and its patterns), `finder` (the sentence loop), `scene`
(what its steps share), `steps/` (one module per step: `sentence`, `triggers`, `date`, `status`,
`parties`, `places`, `counts`, `attribution`), the workers the steps call: `status`, `parties`,
`places`, `clauses` (what each decides), `verbs` (verb forms they share), and `records` (what the rule
reads and writes).
"""

from __future__ import annotations

from .finder import find_events
from .lexicon import LEXICON_FILE, Lexicon, lexicon
from .records import EventCandidate, Mention, Trigger

__all__ = ["EventCandidate", "LEXICON_FILE", "Lexicon", "Mention", "Trigger", "find_events", "lexicon"]
