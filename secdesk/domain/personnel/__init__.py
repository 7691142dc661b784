"""Personnel (涉密人员): the file of each cleared person and its rules."""
