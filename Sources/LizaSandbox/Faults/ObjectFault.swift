import OrderedJSON

/// A lasting failure of one object type on one connection (`POST /_sandbox/faults` with
/// `{"objects":[…]}`): every data request for it answers `status` until `POST /_sandbox/reset`
/// (or an entry with `"status": null` for the same object) clears it. Unlike the queue, it
/// does not run out, so a probe of every object type (`liza doctor`) meets it wherever it falls.
public struct ObjectFault: Sendable, Hashable {
    public let connectionID: String
    /// Liza's category name, lowercased.
    public let category: String
    /// The object type, lowercased.
    public let object: String

    public init(connectionID: String, category: String, object: String) {
        self.connectionID = connectionID
        self.category = category.lowercased()
        self.object = object.lowercased()
    }

    /// The key and status (nil: clear) an entry of `{"objects":[…]}` describes, or what is wrong with it.
    static func parse(_ entry: JSONValue) -> Result<(ObjectFault, Int?), FaultEntryError> {
        guard case .object = entry else { return .failure(.init(message: "each objects entry must be an object")) }
        guard let id = entry["connection_id"]?.stringValue, !id.isEmpty,
              let category = entry["category"]?.stringValue, !category.isEmpty,
              let object = entry["object"]?.stringValue, !object.isEmpty else {
            return .failure(.init(message: "each objects entry needs \"connection_id\", \"category\" and \"object\" strings"))
        }
        let key = ObjectFault(connectionID: id, category: category, object: object)
        guard let statusValue = entry["status"], !statusValue.isNull else { return .success((key, nil)) }
        guard let status = statusValue.intValue, (100...599).contains(status) else {
            return .failure(.init(message: "status must be an integer between 100 and 599, or null to clear"))
        }
        return .success((key, status))
    }
}
