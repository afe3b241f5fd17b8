/// The searchable core of one generated record: who it is about, which company, and its title.
///
/// It comes from its own random stream, separate from the record's other details, so that
/// `query` filtering can test thousands of records without building them.
struct Identity {
    let first: String
    let last: String
    let emailLocal: String
    let company: CompanyIdentity
    /// Index of the company record this one belongs to (for `company_ids`).
    let companyIndex: Int
    /// The subject/title/name of non-person objects (tickets, deals, files …).
    let phrase: String

    var name: String { "\(first) \(last)" }
    var email: String { "\(emailLocal)@\(company.domain)" }
}

/// A generated company, the same wherever it is referenced.
struct CompanyIdentity {
    let name: String
    let legalName: String
    let domain: String
    let industry: String
    let place: Int
}
