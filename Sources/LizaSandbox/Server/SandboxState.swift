import Foundation
import LizaAPI

/// Everything mutable about one sandbox: connections, the fault queue, the request log, the
/// rate limiter and the request counter that seeds per-request randomness.
actor SandboxState {
    let options: SandboxOptions
    let workspaceID: String
    private(set) var connections: [ConnectionRecord]
    private var faults: [SandboxFault] = []
    private var objectFaults: [ObjectFault: Int] = [:]
    private var log: [SandboxRequestRecord] = []
    private var limiter: RateLimiter
    private var requestCount: UInt64 = 0
    private var connectCount: UInt64 = 0
    /// `POST /_sandbox/mutate`'s changes, per object key (`RecordSpace.objectKey`).
    private var mutations: [UInt64: RecordMutations] = [:]
    /// The `updated_at` of the next changed record: past every generated time, then rising.
    private var mutationClock: Int64 = 0

    init(options: SandboxOptions) {
        self.options = options
        workspaceID = StableHash.uuid(options.seed, 0x3011_C5AC)
        connections = ConnectionRecord.seeded(seed: options.seed, referenceTime: options.referenceTime)
        limiter = RateLimiter(limit: options.rateLimitPerMinute)
    }

    // MARK: Requests

    /// Logs an API request and returns its sequence number and the queued fault it must suffer.
    func receive(_ record: SandboxRequestRecord) -> (index: UInt64, fault: SandboxFault?) {
        log.append(record)
        requestCount += 1
        return (requestCount, faults.isEmpty ? nil : faults.removeFirst())
    }

    /// Nil when admitted, otherwise the Retry-After seconds.
    func admit(token: String) -> Int? { limiter.admit(token: token, now: .now) }

    // MARK: Controls

    func queue(_ more: [SandboxFault]) { faults.append(contentsOf: more) }
    func requests() -> [SandboxRequestRecord] { log }
    func pendingFaults() -> Int { faults.count }

    /// Sets (or with nil clears) a lasting fault on one object type of one connection.
    func setObjectFault(_ key: ObjectFault, status: Int?) { objectFaults[key] = status }
    func objectFault(_ key: ObjectFault) -> Int? { objectFaults[key] }
    func objectFaultCount() -> Int { objectFaults.count }

    func reset() {
        faults = []
        objectFaults = [:]
        log = []
        limiter.reset()
        mutations = [:]
    }

    // MARK: Mutations

    func mutations(_ objectKey: UInt64) -> RecordMutations { mutations[objectKey] ?? RecordMutations() }

    /// Changes `change` records and deletes `delete` records of an object type: evenly spread
    /// over the current list, skipping deleted ones. Returns the indexes changed and deleted.
    func mutate(_ objectKey: UInt64, count: Int, change: Int, delete: Int) -> (changed: [Int], deleted: [Int]) {
        var m = mutations[objectKey] ?? RecordMutations()
        func spread(_ n: Int, shift: Int, avoiding extra: Set<Int>) -> [Int] {
            guard n > 0, count > 0 else { return [] }
            var picked: [Int] = []
            var taken = m.deleted.union(extra)
            for k in 0..<n {
                var index = (k * count / n + shift) % count
                var tries = 0
                while taken.contains(index) && tries < count { index = (index + 1) % count; tries += 1 }
                guard tries < count else { break }
                taken.insert(index)
                picked.append(index)
            }
            return picked
        }
        let changed = spread(min(change, count), shift: 0, avoiding: [])
        for index in changed {
            mutationClock = max(mutationClock + 1, options.referenceTime)
            m.change(index, at: mutationClock)
        }
        let deleted = spread(min(delete, count - changed.count), shift: count / max(2 * delete, 1) + 1, avoiding: Set(changed))
        for index in deleted { m.delete(index) }
        mutations[objectKey] = m
        return (changed, deleted)
    }

    // MARK: Connections

    func connection(_ id: String) -> ConnectionRecord? { connections.first { $0.id == id } }

    func createPending(integration: IntegrationEntry, categories: [Category], redirectURL: String?, externalXref: String?,
                       scopes: [String]) -> ConnectionRecord {
        connectCount += 1
        var stateRNG = SystemRandomNumberGenerator()
        let state = String(stateRNG.next(), radix: 36) + String(stateRNG.next(), radix: 36)
        let now = wallClock()
        let record = ConnectionRecord(
            id: StableHash.uuid(options.seed, 0xC0_44EC, connectCount), integration: integration,
            categories: categories.map(\.rawValue), externalXref: externalXref,
            permissions: scopes.isEmpty ? integration.defaultScopes(for: categories) : scopes, status: .pending,
            authorization: .waiting, state: state, redirectURL: redirectURL, createdAt: now, updatedAt: now,
            lastHealthyAt: nil, lastUnhealthyAt: nil, lastUnhealthyCode: nil)
        connections.append(record)
        return record
    }

    /// Records the browser's decision; returns the updated connection, or nil when unknown.
    func decide(_ id: String, approve: Bool) -> ConnectionRecord? {
        guard let k = connections.firstIndex(where: { $0.id == id }) else { return nil }
        if connections[k].status == .pending {
            connections[k].authorization = approve ? .approved : .denied
            connections[k].updatedAt = wallClock()
        }
        return connections[k]
    }

    /// Makes an approved pending connection active.
    func activate(_ id: String) -> ConnectionRecord? {
        guard let k = connections.firstIndex(where: { $0.id == id }) else { return nil }
        if connections[k].status == .pending, connections[k].authorization == .approved {
            let now = wallClock()
            connections[k].status = .active
            connections[k].updatedAt = now
            connections[k].lastHealthyAt = now
        }
        return connections[k]
    }

    func remove(_ id: String) -> Bool {
        guard let k = connections.firstIndex(where: { $0.id == id }) else { return false }
        connections.remove(at: k)
        return true
    }

    /// Real time for things the user does (connecting), unlike the fixed time of generated data.
    private func wallClock() -> Int64 { Int64(Date().timeIntervalSince1970) }
}
