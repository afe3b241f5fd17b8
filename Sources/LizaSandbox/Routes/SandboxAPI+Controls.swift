import LizaAPI
import OrderedJSON

extension SandboxAPI {
    /// `/_sandbox/…`: test controls (same bearer token; not logged, not faulted, not limited).
    func controls(_ req: ParsedRequest) async -> Reply {
        if let failure = authenticate(req) { return failure }
        switch (req.method, Array(req.segments.dropFirst())) {
        case ("POST", ["faults"]):
            do {
                let body = try jsonObject(req)
                let queueList = body["queue"]?.arrayValue
                let objectList = body["objects"]?.arrayValue
                guard queueList != nil || objectList != nil else {
                    return .error(400, "expected {\"queue\":[…]} with entries like {\"status\":500}, {\"status\":502,\"html\":true}, {\"drop\":true}, {\"malformed\":true}, "
                        + "and/or {\"objects\":[{\"connection_id\":…,\"category\":\"crm\",\"object\":\"deal\",\"status\":401}]}")
                }
                var faults: [SandboxFault] = []
                for (k, entry) in (queueList ?? []).enumerated() {
                    switch SandboxFault.parse(entry) {
                    case .success(let f): faults.append(f)
                    case .failure(let e): return .error(400, "queue[\(k)]: \(e.message)")
                    }
                }
                var lasting: [(ObjectFault, Int?)] = []
                for (k, entry) in (objectList ?? []).enumerated() {
                    switch ObjectFault.parse(entry) {
                    case .success(let f): lasting.append(f)
                    case .failure(let e): return .error(400, "objects[\(k)]: \(e.message)")
                    }
                }
                await state.queue(faults)
                for (key, status) in lasting { await state.setObjectFault(key, status: status) }
                return .json(JSONBuild.object([("queued", JSONBuild.int(faults.count)), ("pending", JSONBuild.int(await state.pendingFaults())),
                                  ("object_faults", JSONBuild.int(await state.objectFaultCount()))]))
            } catch {
                return error.reply
            }
        case ("POST", ["mutate"]):
            return await mutate(req)
        case ("GET", ["stats"]):
            let requests = await state.requests()
            return .json(JSONBuild.object([("requests", .array(requests.map(\.json))), ("count", JSONBuild.int(requests.count)),
                              ("pending_faults", JSONBuild.int(await state.pendingFaults()))]))
        case ("POST", ["reset"]):
            await state.reset()
            return .json(JSONBuild.object([("reset", JSONBuild.bool(true))]))
        case (_, ["faults"]), (_, ["reset"]), (_, ["mutate"]):
            return methodNotAllowed(req, allowed: ["POST"])
        case (_, ["stats"]):
            return methodNotAllowed(req, allowed: ["GET"])
        default:
            return .error(404, "no sandbox control \(req.path) — there are POST /_sandbox/faults, POST /_sandbox/mutate, GET /_sandbox/stats and POST /_sandbox/reset")
        }
    }

    /// `POST /_sandbox/mutate` `{"connection_id":…, "category":"crm", "object":"contact",
    /// "change":10, "delete":2}`: changes (new `updated_at`, an edited text field) and deletes
    /// records of one object type, evenly spread over the list; answers their ids.
    private func mutate(_ req: ParsedRequest) async -> Reply {
        let body: JSONValue
        do { body = try jsonObject(req) } catch { return error.reply }
        let usage = "expected {\"connection_id\":…, \"category\":\"crm\", \"object\":\"contact\", \"change\":10, \"delete\":0}"
        guard let connectionID = body["connection_id"]?.stringValue, let categoryName = body["category"]?.stringValue,
              let objectName = body["object"]?.stringValue else { return .error(400, usage) }
        let change = body["change"].map { $0.intValue ?? -1 } ?? 0
        let delete = body["delete"].map { $0.intValue ?? -1 } ?? 0
        guard (0...1_000_000).contains(change), (0...1_000_000).contains(delete) else {
            return .error(400, "change and delete must be whole numbers from 0 to 1000000")
        }
        guard await state.connection(connectionID) != nil else { return .error(404, "no connection '\(connectionID)'") }
        guard let category = Category(rawValue: categoryName),
              let result = await mutateRecords(connectionID: connectionID, category: category, objectName: objectName, change: change, delete: delete)
        else {
            return .error(400, "unknown list object '\(categoryName) \(objectName)'")
        }
        func ids(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }
        return .json(JSONBuild.object([("changed", ids(result.changed)), ("deleted", ids(result.deleted))]))
    }

    /// Changes and deletes records of a list object type (see `mutate`); nil when the
    /// connection or the object type is unknown, or the object is a lookup.
    func mutateRecords(connectionID: String, category: Category, objectName: String, change: Int, delete: Int) async -> (changed: [String], deleted: [String])? {
        guard let connection = await state.connection(connectionID),
              let object = ObjectCatalog.object(objectName, in: category), object.kind != .lookup else { return nil }
        let key = space.objectKey(connection: connection.id, object: object)
        let result = await state.mutate(key, count: space.count, change: max(0, change), delete: max(0, delete))
        func ids(_ indexes: [Int]) -> [String] {
            indexes.map { index in
                switch space.record(connection: connection.id, object: object, index: index)["id"] {
                case .string(let s)?: return s
                case .number(let n)?: return n
                default: return "#\(index)"
                }
            }
        }
        return (ids(result.changed), ids(result.deleted))
    }
}
