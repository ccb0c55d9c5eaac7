/// Person names as diverse as Drammen's population: mostly Norwegian, with
/// the larger immigrant groups of the town. Names stay in Latin script but
/// keep their diacritics (Łukasz Wiśniewski, Ayşe Yılmaz, Nguyễn Thị Lan),
/// which exercises display-width handling without needing other scripts.
struct DemoPerson: Sendable, Hashable {
    var first: String
    var last: String
    /// The person's other language besides Norwegian, if any (ISO 639-1).
    var language: String?
    var female: Bool

    /// Vietnamese names are written family name first.
    var fullName: String { language == "vi" ? "\(last) \(first)" : "\(first) \(last)" }
}

struct DemoNameOrigin: Sendable {
    let language: String?
    let weight: Double
    let female: [String]
    let male: [String]
    let surnames: [String]
}

enum DemoPeople {
    static let origins: [DemoNameOrigin] = [
        DemoNameOrigin(language: nil, weight: 66,
            female: ["Nora", "Ingrid", "Kari", "Emma", "Sofie", "Ida", "Maja", "Sara", "Anne", "Hilde", "Marit",
                     "Astrid", "Solveig", "Ragnhild", "Liv", "Berit", "Tone", "Silje", "Camilla", "Hanne",
                     "Marte", "Thea", "Julie", "Frida", "Eli", "Gunn", "Randi", "Turid", "Åse", "Sigrid",
                     "Vilde", "Kristin", "Mari", "Elisabeth", "Inger", "Bjørg", "Synnøve", "Tuva", "Oda", "Live"],
            male: ["Ole", "Lars", "Per", "Jan", "Bjørn", "Knut", "Arne", "Jon", "Erik", "Hans", "Tor", "Geir",
                   "Terje", "Morten", "Anders", "Espen", "Magnus", "Henrik", "Jakob", "Emil", "Sindre", "Øyvind",
                   "Håkon", "Sverre", "Einar", "Trond", "Rune", "Kjell", "Odd", "Ståle", "Stian", "Jørgen",
                   "Tobias", "Sander", "Mathias", "Aksel", "Filip", "Eirik", "Vegard", "Halvor"],
            surnames: ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
                       "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
                       "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen",
                       "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg",
                       "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen",
                       "Mathisen", "Lie", "Rasmussen", "Amundsen", "Lunde", "Kristensen", "Bakke", "Berge",
                       "Moe", "Nygård", "Fredriksen", "Solheim", "Holm", "Lien", "Andresen", "Hauge", "Knudsen",
                       "Nguyen", "Christensen", "Ødegård", "Tangen", "Aas", "Skoglund", "Fjeld", "Sæther", "Østby"]),
        DemoNameOrigin(language: "pl", weight: 6,
            female: ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magdalena", "Anna", "Ewa", "Zofia"],
            male: ["Łukasz", "Piotr", "Tomasz", "Paweł", "Krzysztof", "Michał", "Wojciech", "Jakub"],
            surnames: ["Wiśniewski", "Kowalski", "Nowak", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
                       "Szymański", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk"]),
        DemoNameOrigin(language: "tr", weight: 4,
            female: ["Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Hülya", "Gülşen", "Özlem"],
            male: ["Mehmet", "Mustafa", "Ahmet", "Hüseyin", "İbrahim", "Yusuf", "Murat", "Ömer"],
            surnames: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
                       "Doğan", "Kılıç", "Aslan"]),
        DemoNameOrigin(language: "so", weight: 3,
            female: ["Hodan", "Faadumo", "Ubah", "Sahra", "Ayaan", "Hibo", "Nasra", "Deeqa"],
            male: ["Abdirahman", "Mohamed", "Abdullahi", "Ahmed", "Hassan", "Yusuf", "Liban", "Mahad"],
            surnames: ["Warsame", "Farah", "Abdi", "Jama", "Hussein", "Osman", "Aden", "Mohamud", "Egal",
                       "Nur"]),
        DemoNameOrigin(language: "ur", weight: 3,
            female: ["Ayesha", "Sadia", "Nadia", "Sana", "Rabia", "Farah", "Saima", "Hina"],
            male: ["Imran", "Tariq", "Bilal", "Usman", "Kashif", "Faisal", "Asif", "Zeeshan"],
            surnames: ["Khan", "Ahmed", "Hussain", "Butt", "Chaudhry", "Malik", "Qureshi", "Iqbal", "Raza",
                       "Shah"]),
        DemoNameOrigin(language: "ar", weight: 3,
            female: ["Fatima", "Rania", "Lina", "Yasmin", "Huda", "Nour", "Maryam", "Rasha"],
            male: ["Omar", "Khaled", "Ahmad", "Mahmoud", "Samer", "Bashar", "Rami", "Anas"],
            surnames: ["Al-Hassan", "Haddad", "Al-Khatib", "Darwish", "Suleiman", "Al-Masri", "Nasser",
                       "Hamdan", "Khalil", "Mansour"]),
        DemoNameOrigin(language: "ti", weight: 2,
            female: ["Selam", "Helen", "Senait", "Tsega", "Rahel", "Luwam", "Feven", "Winta"],
            male: ["Yonas", "Tesfay", "Merhawi", "Daniel", "Filmon", "Kidane", "Habtom", "Semere"],
            surnames: ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Tekle", "Mehari",
                       "Weldemichael", "Gebreyesus", "Abraha"]),
        DemoNameOrigin(language: "lt", weight: 2,
            female: ["Rūta", "Jurgita", "Aušra", "Eglė", "Ieva", "Giedrė"],
            male: ["Tomas", "Mindaugas", "Darius", "Žydrūnas", "Andrius", "Vytautas"],
            surnames: ["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas",
                       "Butkus", "Paulauskas"]),
        DemoNameOrigin(language: "vi", weight: 1.5,
            female: ["Thị Lan", "Thị Hương", "Thu Trang", "Ngọc Anh", "Thị Mai", "Phương Linh"],
            male: ["Văn Minh", "Đức Anh", "Quang Huy", "Văn Hùng", "Minh Tuấn", "Thành Long"],
            surnames: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]),
        DemoNameOrigin(language: "ta", weight: 1.5,
            female: ["Kavitha", "Thulasi", "Vanitha", "Priya", "Sharmila", "Tharani"],
            male: ["Suresh", "Sivakumar", "Kumaran", "Tharshan", "Rajan", "Nirojan"],
            surnames: ["Sivapalan", "Thavarajah", "Kanagaratnam", "Ravindran", "Selvarajah", "Balasingam",
                       "Yogarajah", "Mahendran"]),
        DemoNameOrigin(language: "fa", weight: 2,
            female: ["Zahra", "Fereshta", "Mursal", "Shabnam", "Madina", "Parwana"],
            male: ["Ahmad Shah", "Mohammad", "Hamid", "Jawad", "Mustafa", "Farid"],
            surnames: ["Rahimi", "Ahmadi", "Karimi", "Hashimi", "Sultani", "Noori", "Hakimi", "Amiri"]),
        DemoNameOrigin(language: "uk", weight: 3,
            female: ["Olena", "Oksana", "Iryna", "Nataliia", "Yuliia", "Tetiana", "Kateryna", "Svitlana"],
            male: ["Oleksandr", "Andrii", "Serhii", "Dmytro", "Volodymyr", "Mykola", "Yurii", "Taras"],
            surnames: ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
                       "Oliinyk", "Boiko", "Hnatiuk", "Savchuk"]),
    ]

    private static let originWeights = origins.map(\.weight)

    static func person(_ rng: inout DemoRandom) -> DemoPerson {
        let origin = origins[rng.weightedIndex(originWeights)]
        let female = rng.chance(0.5)
        var first = rng.pick(female ? origin.female : origin.male)
        // Some Norwegians carry a double first name ("Kari Anne", "Per Olav").
        if origin.language == nil && rng.chance(0.08) {
            first += " " + rng.pick(female ? ["Anne", "Marie", "Lise", "Helene"] : ["Olav", "Kristian", "Martin", "Erik"])
        }
        return DemoPerson(first: first, last: rng.pick(origin.surnames), language: origin.language, female: female)
    }

    /// A Norwegian mobile number, "4xx xx xxx" or "9xx xx xxx".
    static func mobile(_ rng: inout DemoRandom) -> String {
        let lead = rng.chance(0.5) ? 4 : 9
        return "\(lead)\(rng.int(10...99)) \(rng.int(10...99)) \(rng.int(100...999))"
    }

    /// `kari.hansen`, folded to ASCII for e-mail addresses and usernames.
    static func handle(_ p: DemoPerson) -> String {
        let first = p.first.split(separator: " ").first.map(String.init) ?? p.first
        let last = p.last.split(separator: " ").last.map(String.init) ?? p.last
        return asciiFold(first) + "." + asciiFold(last)
    }

    /// Lowercase ASCII for the letters the name pools use; the rest is dropped.
    static func asciiFold(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isASCII, ch.isLetter || ch.isNumber { out.append(ch); continue }
            if let mapped = folding[ch] { out += mapped; continue }
            if ch == " " || ch == "-" { out.append("-") }
        }
        return out
    }

    private static let folding: [Character: String] = [
        "æ": "ae", "ø": "o", "å": "aa", "ä": "a", "ö": "o", "ü": "u", "é": "e", "è": "e",
        "ł": "l", "ś": "s", "ą": "a", "ę": "e", "ó": "o", "ż": "z", "ź": "z", "ć": "c", "ń": "n",
        "ş": "s", "ı": "i", "ç": "c", "ğ": "g", "i̇": "i", "ū": "u", "ė": "e", "č": "c", "š": "s", "ž": "z",
        "ễ": "e", "ị": "i", "ư": "u", "ơ": "o", "ạ": "a", "ả": "a", "ấ": "a", "ầ": "a", "ậ": "a",
        "ắ": "a", "ằ": "a", "ặ": "a", "ẩ": "a", "ẫ": "a", "ế": "e", "ề": "e", "ệ": "e", "ể": "e", "ỉ": "i",
        "ì": "i", "í": "i", "ọ": "o", "ỏ": "o", "ố": "o", "ồ": "o", "ộ": "o", "ổ": "o", "ỗ": "o", "ớ": "o",
        "ờ": "o", "ợ": "o", "ở": "o", "ỡ": "o", "ụ": "u", "ủ": "u", "ứ": "u", "ừ": "u", "ự": "u", "ử": "u",
        "ữ": "u", "ù": "u", "ú": "u", "ỳ": "y", "ý": "y", "ỵ": "y", "ỷ": "y", "ỹ": "y", "đ": "d", "à": "a",
        "á": "a", "â": "a", "ã": "a", "ê": "e", "ô": "o", "õ": "o", "ò": "o",
    ]
}
