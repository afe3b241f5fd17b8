/// A command whose `--json` output `--jq EXPR` can filter (see `JQPipe`).
protocol JQFiltering {
    var jqExpression: String? { get }
}

extension CallbackCommand: JQFiltering { var jqExpression: String? { global.jq } }
extension ConnectCommand: JQFiltering { var jqExpression: String? { global.jq } }
extension ConnectionDeleteCommand: JQFiltering { var jqExpression: String? { global.jq } }
extension ConnectionShowCommand: JQFiltering { var jqExpression: String? { global.jq } }
extension ConnectionsCommand: JQFiltering { var jqExpression: String? { global.jq } }
extension DoctorCommand: JQFiltering { var jqExpression: String? { global.jq } }
extension IntegrationsCommand: JQFiltering { var jqExpression: String? { global.jq } }
extension PassthroughCommand: JQFiltering { var jqExpression: String? { global.jq } }
extension RecordsCommand: JQFiltering { var jqExpression: String? { global.jq } }
extension StatusCommand: JQFiltering { var jqExpression: String? { global.jq } }
extension ObjectsCommand: JQFiltering { var jqExpression: String? { jq } }
