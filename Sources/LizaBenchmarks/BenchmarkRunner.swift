import LizaAPI

/// Times benchmarks and prints per-iteration times; within a group, each case's time relative to
/// the first case of the group (ratios are steadier than absolute times on a shared machine).
struct BenchmarkRunner {
    var minIterations: Int
    var minDuration: Duration

    struct Result { var name: String; var group: String; var iterations: Int; var perIteration: Duration; var best: Duration }

    func measure(_ b: Benchmark) -> Result {
        let clock = ContinuousClock()
        var sink = 0
        // Warm up (caches, lazy initialisation).
        for _ in 0..<3 { sink &+= b.run() }
        var iterations = 0
        var best = Duration.seconds(1_000)
        let start = clock.now
        while iterations < minIterations || clock.now - start < minDuration {
            let t0 = clock.now
            sink &+= b.run()
            let dt = clock.now - t0
            if dt < best { best = dt }
            iterations += 1
        }
        let total = clock.now - start
        if sink == 42_424_242 { print("") }  // keeps `sink` alive
        return Result(name: b.name, group: b.group, iterations: iterations, perIteration: total / iterations, best: best)
    }

    func run(_ benchmarks: [Benchmark]) {
        var firstOfGroup: [String: Result] = [:]
        print(pad("benchmark", 34) + pad("iters", 8) + pad("mean", 12) + pad("best", 12) + "ratio")
        for b in benchmarks {
            let r = measure(b)
            var ratio = "1.00 (baseline)"
            if let base = firstOfGroup[r.group] {
                ratio = format(Self.seconds(r.perIteration) / Self.seconds(base.perIteration)) + "× " + base.name
            } else {
                firstOfGroup[r.group] = r
            }
            print(pad(r.name, 34) + pad(String(r.iterations), 8) + pad(Self.human(r.perIteration), 12)
                  + pad(Self.human(r.best), 12) + ratio)
        }
    }

    static func seconds(_ d: Duration) -> Double {
        d.inSeconds
    }

    static func human(_ d: Duration) -> String {
        let s = seconds(d)
        if s >= 1 { return formatted(s, "s") }
        if s >= 1e-3 { return formatted(s * 1e3, "ms") }
        return formatted(s * 1e6, "µs")
    }

    private static func formatted(_ v: Double, _ unit: String) -> String {
        let r = (v * 100).rounded() / 100
        return "\(r) \(unit)"
    }

    private func format(_ v: Double) -> String { String((v * 100).rounded() / 100) }

    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}
