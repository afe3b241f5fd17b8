print("liza-bench: under construction")
