"""What the annotator sees of the review: each submission's verdict (reason, correction,
reviewer) in the editor and the queue, and their running agreement and gold accuracy."""
