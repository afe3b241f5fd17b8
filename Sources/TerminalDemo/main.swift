print("terminal demo: under construction")
