import ArgumentParser
import LizaAPI
import OrderedJSON

/// `liza objects [CATEGORY]`: the object catalog, with each object type's filters.
struct ObjectsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objects",
        abstract: "List the known object types of each category and their filters (no network).",
        discussion: "Columns: CATEGORY, OBJECT, KIND (list or lookup), FILTERS, READ-ONLY. Piped: tab-separated, no header."
    )

    @Argument(help: "Only this category.", completion: ShellCompletion.categories) var category: String?
    @Flag(name: .customLong("json"), help: "Print JSON.") var jsonFlag = false
    @Option(help: ArgumentHelp("Filter the JSON through the system's jq (implies --json).", valueName: "expr")) var jq: String?
    var json: Bool { jsonFlag || jq != nil }

    func run() async throws {
        let console = Console()
        let objects: [ObjectType]
        if let category {
            objects = ObjectCatalog.objects(in: try CategoryArgument.parse(category))
        } else {
            objects = ObjectCatalog.all
        }
        if json {
            JSONOutput.print(.array(objects.map(Self.json)), console: console)
            return
        }
        // Commas alone keep piped rows compact; a terminal gets room to read.
        let separator = console.stdoutIsTTY ? ", " : ","
        let rows = objects.map { o in
            [o.category.rawValue, o.name, o.kind.rawValue, o.filters.joined(separator: separator), o.readOnly ? "yes" : "no"]
        }
        TablePrinter(headers: ["CATEGORY", "OBJECT", "KIND", "FILTERS", "READ-ONLY"], maxColumnWidth: 72).print(rows, console: console)
    }

    static func json(_ o: ObjectType) -> JSONValue {
        .object([
            ("category", .string(o.category.rawValue)),
            ("object", .string(o.name)),
            ("kind", .string(o.kind.rawValue)),
            ("filters", .array(o.filters.map(JSONValue.string))),
            ("read_only", .bool(o.readOnly)),
        ])
    }
}
