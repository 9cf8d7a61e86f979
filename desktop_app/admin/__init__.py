"""Qt-free admin tools: verify that Medusa and Payload agree, trigger and watch the
sync route, repair what each side's rules allow, check a deployment (doctor)."""
