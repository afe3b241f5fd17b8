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
        case ("GET", ["stats"]):
            let requests = await state.requests()
            return .json(JSONBuild.object([("requests", .array(requests.map(\.json))), ("count", JSONBuild.int(requests.count)),
                              ("pending_faults", JSONBuild.int(await state.pendingFaults()))]))
        case ("POST", ["reset"]):
            await state.reset()
            return .json(JSONBuild.object([("reset", JSONBuild.bool(true))]))
        case (_, ["faults"]), (_, ["reset"]):
            return methodNotAllowed(req, allowed: ["POST"])
        case (_, ["stats"]):
            return methodNotAllowed(req, allowed: ["GET"])
        default:
            return .error(404, "no sandbox control \(req.path) — there are POST /_sandbox/faults, GET /_sandbox/stats and POST /_sandbox/reset")
        }
    }
}
