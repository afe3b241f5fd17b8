/// A named benchmark: `run` performs ONE iteration and returns a value derived from the work so
/// the optimizer cannot drop it. Related cases share a `group` so their ratio is printed.
struct Benchmark {
    var name: String
    var group: String
    var run: () -> Int
}
