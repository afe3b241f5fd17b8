// liza-bench: micro-benchmarks, run as
//     swift run -c release liza-bench [--filter SUBSTRING] [--iterations N] [--seconds S] [--list]
// Add a benchmark by appending to the registry (`TUIKitBenchmarks.all`, or a new
// `XBenchmarks.all` concatenated in `runCommandLine`) (see Benchmark.swift; cases in one `group` are
// printed with their time relative to the group's first case).
// Scenarios too big to repeat, run once each and printed as tables: `liza-bench store` (the record
// store at scale, StoreBenchmarks), `liza-bench loop` (key-to-frame latency of the real Program
// while the store works) and `liza-bench start` (a new start on a persisted store), LoopBenchmarks.
import Foundation

/// Parses the arguments and runs the selected benchmarks. - Returns: the exit status.
func runCommandLine(_ arguments: [String]) -> Int32 {
    // `liza-bench store …`: the record store at scale (one run per step, see StoreBenchmarks).
    if arguments.first == "store" { return StoreBenchmarks.run(Array(arguments.dropFirst())) }
    let registry: [Benchmark] = TUIKitBenchmarks.all + DataPathBenchmarks.all
    var filter: String?
    var iterations = 200
    var seconds = 1.0
    var listOnly = false
    var args = arguments.makeIterator()
    while let arg = args.next() {
        switch arg {
        case "--filter": filter = args.next()
        case "--iterations": iterations = args.next().flatMap { Int($0) } ?? iterations
        case "--seconds": seconds = args.next().flatMap { Double($0) } ?? seconds
        case "--list": listOnly = true
        case "-h", "--help":
            print("usage: liza-bench [--filter SUBSTRING] [--iterations N] [--seconds S] [--list]\n       liza-bench store [--records N] [--stored M]\n       liza-bench loop [--records R] [--stored M] [--keys K] [--db FILE]\n       liza-bench start [--records N] [--db FILE]")
            return 0
        default:
            print("liza-bench: unknown argument \(arg)")
            return 2
        }
    }
    if listOnly {
        for b in registry { print(b.name) }
        return 0
    }
    let selected = registry.filter { b in filter.map { b.name.contains($0) } ?? true }
    guard !selected.isEmpty else {
        print("liza-bench: no benchmark matches \(filter ?? "")")
        return 2
    }
    print("liza-bench — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Date())")
    BenchmarkRunner(minIterations: iterations, minDuration: .milliseconds(Int(seconds * 1000))).run(selected)
    return 0
}

// `loop` and `start` drive a `Program`, which runs on the main actor: the main thread serves it
// (dispatchMain) while the scenario runs in a task and exits when done.
let commandLine = Array(CommandLine.arguments.dropFirst())
switch commandLine.first {
case "loop":
    Task { exit(await LoopBenchmarks.runLoop(Array(commandLine.dropFirst()))) }
    dispatchMain()
case "start":
    Task { exit(await LoopBenchmarks.runStart(Array(commandLine.dropFirst()))) }
    dispatchMain()
default:
    exit(runCommandLine(commandLine))
}
