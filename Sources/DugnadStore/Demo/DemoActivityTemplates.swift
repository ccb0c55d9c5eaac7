import DugnadCore

/// The community activities of the seed (frivilligsentral, library, Aktive
/// lokalsamfunn, knutepunkt) with the category, audience, room and time of
/// day that fit each title.
struct DemoActivityTemplate: Sendable {
    enum TimeOfDay: Sendable { case morning, afternoon, evening, weekend }

    let title: String
    let category: ActivityCategory
    let audience: Audience
    let minutes: Int
    let time: TimeOfDay
    let description: String

    init(_ title: String, _ category: ActivityCategory, _ audience: Audience, _ minutes: Int, _ time: TimeOfDay,
         _ description: String) {
        self.title = title; self.category = category; self.audience = audience
        self.minutes = minutes; self.time = time; self.description = description
    }
}

enum DemoActivityTemplates {
    static let frivilligsentral: [DemoActivityTemplate] = [
        .init("Strikkekafé", .sosialt, .voksne, 120, .morning, "Ta med strikketøyet. Kaffe og vafler."),
        .init("Språkkafé", .laering, .voksne, 120, .evening, "Øv på norsk i hyggelig lag. Gratis, ingen påmelding."),
        .init("Filosofisk kafé", .kultur, .voksne, 90, .evening, "Samtale om store og små spørsmål."),
        .init("Capoeira", .idrett, .barn, 60, .afternoon, "Brasiliansk kampdans for barn 8–12 år."),
        .init("Seniortrim", .helse, .seniorer, 60, .morning, "Lett trim med musikk, tilpasset alle."),
        .init("Leksehjelp", .laering, .barn, 120, .afternoon, "Frivillige hjelper med lekser, 1.–10. trinn."),
        .init("Middag for alle", .sosialt, .alle, 120, .evening, "Felles middag til selvkost. Alle er velkomne."),
        .init("Sykkelverksted", .annet, .alle, 120, .evening, "Reparer sykkelen sammen med frivillige."),
        .init("Digital hjelp for seniorer", .laering, .seniorer, 120, .morning,
              "Hjelp med mobil, nettbank og BankID."),
        .init("Brettspillkveld", .sosialt, .ungdom, 180, .evening, "Brettspill og rollespill for ungdom."),
        .init("Nabokafé", .sosialt, .alle, 120, .morning, "Møt naboene over en kopp kaffe."),
        .init("Norsktrening for kvinner", .laering, .voksne, 90, .morning, "Barnepass under samlingene."),
    ]

    static let library: [DemoActivityTemplate] = [
        .init("Levende lesning", .kultur, .voksne, 60, .morning, "Vi leser høyt og samtaler om teksten."),
        .init("Eventyrstund", .kultur, .barn, 45, .morning, "Eventyr og sang for barn 3–6 år."),
        .init("Lesesirkel", .kultur, .voksne, 90, .evening, "Månedens bok diskuteres. Nye deltakere velkommen."),
        .init("Datahjelp for seniorer", .laering, .seniorer, 120, .morning, "Frivillige svarer på spørsmål om data."),
        .init("Språkkafé", .laering, .voksne, 90, .afternoon, "Snakk norsk med frivillige."),
        .init("Sjakkafé", .kultur, .alle, 120, .afternoon, "Sjakk for alle nivåer, brett finnes."),
        .init("Leksehjelp", .laering, .barn, 120, .afternoon, "Gratis leksehjelp med frivillige."),
        .init("Babytreff", .sosialt, .barn, 60, .morning, "Sang og rim for de minste, med foreldre."),
    ]

    /// Aktive lokalsamfunn: run by the sports clubs with Drammen Idrettsråd.
    static let activeCommunityHall: [DemoActivityTemplate] = [
        .init("Åpen hall", .idrett, .ungdom, 180, .evening, "Gratis aktivitet for ungdom fredag kveld."),
        .init("Hverdagsaktiviteter i gymsal", .idrett, .barn, 90, .afternoon, "Lek og aktivitet for 1.–4. trinn."),
        .init("Sterk og stødig", .helse, .seniorer, 60, .morning, "Styrke- og balansetrening for seniorer."),
        .init("Familieidrett", .idrett, .alle, 90, .weekend, "Aktivitet for hele familien, lørdager."),
    ]

    static let activeCommunityRoom: [DemoActivityTemplate] = [
        .init("E-sport", .annet, .ungdom, 120, .evening, "Gaming med trygge voksne, Aktive lokalsamfunn."),
        .init("Teater", .kultur, .barn, 90, .afternoon, "Teatergruppe for barn 9–13 år."),
        .init("Sterk og stødig", .helse, .seniorer, 60, .morning, "Styrke- og balansetrening for seniorer."),
    ]

    static let knutepunkt: [DemoActivityTemplate] = [
        .init("Seniorkafé", .sosialt, .seniorer, 120, .morning, "Kaffe, prat og foredrag."),
        .init("Jobbsøkerkafé", .laering, .voksne, 120, .morning, "Hjelp med CV og søknader, i samarbeid med NAV."),
        .init("Språkkafé", .laering, .voksne, 120, .evening, "Norsktrening med frivillige."),
        .init("Bydelsmødrene treffes", .sosialt, .voksne, 120, .morning, "Samtalegruppe for mødre."),
        .init("Åpen klubbkveld", .sosialt, .ungdom, 180, .evening, "Fritidsklubb for 13–18 år."),
    ]

    /// Weekly outdoor activities without a booked venue.
    static let outdoor: [DemoActivityTemplate] = [
        .init("Turgruppe", .friluftsliv, .seniorer, 120, .morning, "Oppmøte ved knutepunktet. Ta med matpakke."),
        .init("Gåtur med prat", .helse, .alle, 60, .morning, "Rolig tur i nærmiljøet."),
        .init("Utetrim i parken", .helse, .voksne, 60, .evening, "Trening ute i all slags vær."),
    ]
}
