import Foundation
import LizaAPI
import TUIKit

/// The Records pane's small modals: object picker (`t`), query form (`s`/`u`/`z`), lookup form.
enum RecordsFormsUpdate {
    static func perform(_ s: inout AppState, _ command: Command) -> [Effect] {
        guard let top = s.modals.last else { return [] }
        switch top {
        case .objectPicker(var p):
            switch command {
            case .up: p.cursor.move(by: -1, count: p.visible.count, page: 10)
            case .down: p.cursor.move(by: 1, count: p.visible.count, page: 10)
            case .back: s.pop(); return []
            case .select:
                let vis = p.visible
                if vis.indices.contains(p.cursor.index) {
                    let o = vis[p.cursor.index]
                    s.pop()
                    return RecordsUpdate.select(&s, category: o.category, objectType: o.objectType)
                }
                // Not in the catalog: `category/object` or just `object` (current category).
                let typed = p.input.text.trimmingCharacters(in: .whitespaces)
                let parts = typed.split(separator: "/", maxSplits: 1).map(String.init)
                var category = s.records.category ?? s.records.connection?.categories.first ?? .crm
                var object = typed
                if parts.count == 2 {
                    guard let c = Category(parsing: parts[0]) else {
                        p.error = "unknown category '\(parts[0])'" + (Category.suggestion(for: parts[0]).map { " — did you mean \($0.rawValue)?" } ?? "")
                        s.modals[s.modals.count - 1] = .objectPicker(p)
                        return []
                    }
                    category = c
                    object = parts[1]
                }
                guard !object.isEmpty, object.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                    p.error = "type an object name such as contact, or category/object"
                    s.modals[s.modals.count - 1] = .objectPicker(p)
                    return []
                }
                s.pop()
                return RecordsUpdate.select(&s, category: category, objectType: object.lowercased())
            default: break
            }
            s.modals[s.modals.count - 1] = .objectPicker(p)
        case .queryForm(var f):
            switch command {
            case .nextField: f.field = QueryFormState.Field(rawValue: (f.field.rawValue + 1) % 3) ?? .query
            case .previousField: f.field = QueryFormState.Field(rawValue: (f.field.rawValue + 2) % 3) ?? .query
            case .back: s.pop(); return []
            case .select:
                f.errors = [:]
                let q = f.query.text.trimmingCharacters(in: .whitespaces)
                let u = f.updatedSince.text.trimmingCharacters(in: .whitespaces)
                let size = Int(f.pageSize.text.trimmingCharacters(in: .whitespaces))
                if !u.isEmpty, !CompactDate.isISO8601(u) {
                    f.errors[.updatedSince] = "use ISO 8601, e.g. 2024-01-31 or 2024-01-31T12:00:00Z"
                }
                if size == nil || !(1...100).contains(size ?? 0) {
                    f.errors[.pageSize] = "a number from 1 to 100"
                }
                if let first = QueryFormState.Field.allCases.first(where: { f.errors[$0] != nil }) {
                    f.field = first
                    s.modals[s.modals.count - 1] = .queryForm(f)
                    return []
                }
                s.pop()
                s.records.query = q.isEmpty ? nil : q
                s.records.updatedSince = u.isEmpty ? nil : u
                s.records.pageSize = size ?? 50
                return RecordsUpdate.reload(&s)
            default: break
            }
            s.modals[s.modals.count - 1] = .queryForm(f)
        case .lookupForm(var f):
            switch command {
            case .nextField: f.field = (f.field + 1) % max(1, f.fields.count)
            case .previousField: f.field = (f.field + max(1, f.fields.count) - 1) % max(1, f.fields.count)
            case .back: s.pop(); return []
            case .select:
                let values = f.values
                guard !values.isEmpty else {
                    f.error = "fill in at least one of: \(f.fields.joined(separator: ", "))"
                    s.modals[s.modals.count - 1] = .lookupForm(f)
                    return []
                }
                s.pop()
                s.records.lookupFields = values
                return RecordsUpdate.reload(&s)
            default: break
            }
            s.modals[s.modals.count - 1] = .lookupForm(f)
        default:
            break
        }
        return []
    }

    static func text(_ s: inout AppState, _ event: KeyEvent) -> [Effect] {
        guard let top = s.modals.last else { return [] }
        switch top {
        case .objectPicker(var p):
            if p.input.handle(event) {
                p.error = nil
                p.cursor = ListCursor()
            }
            s.modals[s.modals.count - 1] = .objectPicker(p)
        case .queryForm(var f):
            switch f.field {
            case .query: f.query.handle(event)
            case .updatedSince: f.updatedSince.handle(event)
            case .pageSize: f.pageSize.handle(event)
            }
            f.errors[f.field] = nil
            s.modals[s.modals.count - 1] = .queryForm(f)
        case .lookupForm(var f):
            if f.inputs.indices.contains(f.field) { f.inputs[f.field].handle(event) }
            f.error = nil
            s.modals[s.modals.count - 1] = .lookupForm(f)
        default:
            break
        }
        return []
    }
}
