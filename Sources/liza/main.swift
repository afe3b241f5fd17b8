print("liza: under construction")
