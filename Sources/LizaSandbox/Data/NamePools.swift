/// Word pools for realistic generated data. Entries written `Display|ascii` carry the ASCII
/// spelling used for e-mail addresses and slugs.
enum NamePools {
    static let firstNames: [(display: String, ascii: String)] = split("""
    Ada Grace Linus Mei|mei Ravi Amara Sofia Lukas Yuki Omar Fatima Chen Priya João|joao Zoë|zoe Hannah Mateo Aisha \
    Noah Emma Liam Olivia Elif Kwame Ingrid Sven Chiara Diego Nadia Tomás|tomas Anika Jonas Leila Marco Nora Felix \
    Ines Hugo Maya Arjun Sara Ben Clara Ivan Lena Kenji Amélie|amelie Rafael Wei Oskar Frida Malik Julia Paul Dana \
    Carla Bob Alice Henrik Siobhan Tariq Yara Mikko Léa|lea Björn|bjorn Agnieszka
    """)
    static let lastNames: [(display: String, ascii: String)] = split("""
    Lovelace Hopper Torvalds Müller|mueller Schmidt Okafor García|garcia Rossi Tanaka Haddad Nguyen Kowalski Johansson \
    Dubois Silva Novak Fischer Patel Kim Andersen Costa Yilmaz Mensah Ivanova Bianchi Hansen Weber Moreau Santos Ito \
    Becker O'Neill|oneill Fernández|fernandez Kaur Larsen Schneider Nakamura Romano Berg Horvat Öztürk|ozturk Meyer \
    Lindqvist Mahmoud Jansen Wagner Ribeiro Sato Kovač|kovac Brennan Lambert Vogel Murphy Alvarez Chowdhury Keller
    """)
    static let companyRoots: [(display: String, ascii: String)] = split("""
    Acme Northwind Globex Initech Umbrella|umbrella-labs Hooli Stark|stark-industries Wayne|wayne-enterprises Tyrell \
    Cyberdyne Soylent Vandelay Wonka Gringotts Monarch Aperture Blue\u{00A0}Sun|bluesun Nakatomi Oscorp Pied\u{00A0}Piper|piedpiper \
    Bluth Dunder\u{00A0}Mifflin|dundermifflin Prestige\u{00A0}Worldwide|prestige Massive\u{00A0}Dynamic|massive Virtucon \
    Sirius\u{00A0}Cybernetics|sirius Tessier-Ashpool|tessier Yoyodyne Genco Kiwi Lumen Fjord Helix Quantum Polaris \
    Evergreen Brightwave Alpenglow Nordlicht Sakura Atlas Meridian Cobalt Juniper Falkenrot Ostwind Lindenhof
    """).map { (display: $0.display.replacingNonBreakingSpaces(), ascii: $0.ascii) }
    static let companySuffixes = ["GmbH", "Ltd", "Inc.", "AG", "SAS", "BV", "LLC", "Group", "Labs", "& Co. KG", "S.p.A.", "Oy"]
    static let industries = ["Software", "Manufacturing", "Retail", "Healthcare", "Logistics", "Financial Services",
                             "Education", "Media", "Energy", "Hospitality", "Real Estate", "Consulting", "Biotech", "Automotive"]
    static let titles = ["CTO", "CEO", "Head of Sales", "Account Executive", "Software Engineer", "Product Manager",
                         "Office Manager", "Customer Success Manager", "Marketing Lead", "CFO", "Data Analyst",
                         "Operations Director", "Designer", "Recruiter", "Support Engineer", "VP Engineering"]
    static let departments = ["Engineering", "Sales", "Marketing", "Finance", "Operations", "Customer Success", "People", "Legal", "Product"]
    /// (city, region, postal code, country, country code, timezone, telephone prefix)
    static let places: [(city: String, region: String, postal: String, country: String, code: String, tz: String, phone: String)] = [
        ("Berlin", "Berlin", "10115", "Germany", "DE", "Europe/Berlin", "+49 30"),
        ("Hamburg", "Hamburg", "20095", "Germany", "DE", "Europe/Berlin", "+49 40"),
        ("München", "Bayern", "80331", "Germany", "DE", "Europe/Berlin", "+49 89"),
        ("Wien", "Wien", "1010", "Austria", "AT", "Europe/Vienna", "+43 1"),
        ("Zürich", "Zürich", "8001", "Switzerland", "CH", "Europe/Zurich", "+41 44"),
        ("London", "England", "EC1A 1BB", "United Kingdom", "GB", "Europe/London", "+44 20"),
        ("Paris", "Île-de-France", "75001", "France", "FR", "Europe/Paris", "+33 1"),
        ("Amsterdam", "Noord-Holland", "1012", "Netherlands", "NL", "Europe/Amsterdam", "+31 20"),
        ("Madrid", "Madrid", "28013", "Spain", "ES", "Europe/Madrid", "+34 91"),
        ("Milano", "Lombardia", "20121", "Italy", "IT", "Europe/Rome", "+39 02"),
        ("Stockholm", "Stockholm", "111 20", "Sweden", "SE", "Europe/Stockholm", "+46 8"),
        ("New York", "New York", "10001", "United States", "US", "America/New_York", "+1 212"),
        ("San Francisco", "California", "94105", "United States", "US", "America/Los_Angeles", "+1 415"),
        ("Toronto", "Ontario", "M5H 2N2", "Canada", "CA", "America/Toronto", "+1 416"),
        ("Tokyo", "Tokyo", "100-0005", "Japan", "JP", "Asia/Tokyo", "+81 3"),
        ("Sydney", "NSW", "2000", "Australia", "AU", "Australia/Sydney", "+61 2"),
    ]
    static let streets = ["Hauptstraße", "Main Street", "Rue de Rivoli", "Kaiserstraße", "Market Street", "Baker Street",
                          "Friedrichstraße", "Via Roma", "Calle Mayor", "Queen Street", "Lindenallee", "Harbour Road"]
    static let products = ["Analytics Suite", "Support Plan", "Annual License", "Onboarding Package", "API Add-on",
                           "Team Seats", "Enterprise Upgrade", "Consulting Hours", "Training Workshop", "Hardware Bundle"]
    static let ticketSubjects = ["Cannot log in after the update", "Invoice shows the wrong VAT rate", "Export to CSV fails",
                                 "Password reset e-mail never arrives", "Feature request: dark mode", "App crashes on startup",
                                 "Wrong currency on my receipt", "Two-factor code not accepted", "Slow dashboard since Monday",
                                 "Please cancel my subscription", "Webhook deliveries failing", "Data missing in weekly report",
                                 "Cannot upload attachments", "Question about pricing tiers", "Account locked"]
    static let meetingSubjects = ["Standup", "Quarterly review", "1:1", "Sprint planning", "Customer demo", "Board meeting",
                                  "Lunch & learn", "Retro", "Interview", "Budget sync", "Design critique", "All hands"]
    static let taskNames = ["Fix footer alignment", "Write release notes", "Migrate database", "Update onboarding docs",
                            "Review pull request", "Prepare customer demo", "Clean up backlog", "Renew SSL certificate",
                            "Plan offsite", "Translate landing page", "Audit permissions", "Draft Q3 roadmap"]
    static let projectNames = ["Website relaunch", "Mobile app v2", "Data warehouse", "Customer portal", "Billing revamp",
                               "Security audit", "Onboarding flow", "Partner integrations", "Internal tools", "Brand refresh"]
    static let jobNames = ["Backend Engineer", "Frontend Engineer", "Product Designer", "Account Executive", "Data Scientist",
                           "Customer Success Manager", "Engineering Manager", "Office Manager", "Marketing Specialist", "SRE"]
    static let fileStems = ["Q2 report", "Board deck", "Contract draft", "Brand guidelines", "Team photo", "Budget 2026",
                            "Meeting notes", "Invoice scan", "Product roadmap", "Onboarding checklist", "Architecture diagram"]
    /// (extension, MIME type)
    static let fileKinds: [(ext: String, mime: String)] = [
        ("pdf", "application/pdf"), ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ("png", "image/png"),
        ("jpg", "image/jpeg"), ("csv", "text/csv"), ("txt", "text/plain"), ("zip", "application/zip"),
    ]
    static let channelNames = ["general", "random", "engineering", "sales", "support", "announcements", "design",
                               "deployments", "marketing", "help-it", "watercooler", "incidents"]
    static let messages = ["Deploy done ✅", "Can someone review my PR?", "Lunch at 12:30?", "The build is green again",
                           "Customer call moved to 3pm", "Who owns the billing service?", "Great work on the launch 🎉",
                           "Reminder: retro tomorrow", "I'll be out on Friday", "New dashboard is live",
                           "Incident resolved, postmortem follows", "Welcome to the team!"]
    static let itemNames = ["Mug", "T-Shirt", "Hoodie", "Notebook", "Backpack", "Water Bottle", "Sticker Pack", "Desk Lamp",
                            "Headphones", "Phone Case", "Tote Bag", "Coffee Beans", "Cap", "Socks"]
    static let itemAdjectives = ["Classic", "Organic", "Premium", "Vintage", "Eco", "Limited", "Deluxe", "Everyday", "Nordic"]
    static let skills = ["Swift", "Go", "Python", "SQL", "Kubernetes", "Figma", "Negotiation", "Excel", "React", "Rust", "Salesforce"]
    static let listNames = ["Newsletter", "Product updates", "Webinar attendees", "Beta testers", "Customers", "Event invitations"]
    static let languages = ["DE", "EN", "FR", "ES", "IT", "NL"]

    private static func split(_ text: String) -> [(display: String, ascii: String)] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { word in
            let parts = word.split(separator: "|", maxSplits: 1)
            let display = String(parts[0])
            let ascii = parts.count > 1 ? String(parts[1]) : display.lowercased().filter { $0.isLetter || $0.isNumber }
            return (display, ascii)
        }
    }
}

private extension String {
    /// Pools use U+00A0 inside multi-word names so that splitting on spaces keeps them whole.
    func replacingNonBreakingSpaces() -> String { String(map { $0 == "\u{00A0}" ? " " : $0 }) }
}
