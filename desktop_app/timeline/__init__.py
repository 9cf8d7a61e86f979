"""A product's timeline (issue 16): every state the app has seen or sent, from both servers.

Qt-free. Three sources, merged in time order (``points.assemble``):

* **pulled** states: the store records a server copy whenever a pull, a refresh or the re-read
  after a push saves one whose editable content differs from the last one recorded
  (``desktop_app.store.timeline_states``; the last ``KEEP`` per product and server are kept);
* **sent** edits: the outbox's settled rows (what was sent, when, and the outcome);
* **Payload versions**, where the deployment keeps them (``capabilities().versions``), read
  with the Payload client (``versions.read_versions``), with their status and autosave flag.

``diff.compare`` sets two points side by side per field; a rich-text description is compared
by block (paragraph, heading, list item…) through the editor's markdown (``blocks``).
``restore.plan`` turns an earlier point into the edits that bring a field, or every field,
back: ``catalog.edit`` records them in the outbox like any other edit.

Nothing is imported here: the store imports ``timeline.content`` while it loads.
"""
