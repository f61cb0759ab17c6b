import Testing
@testable import Extraction

/// Held-out generalization, English: possessive countries with tenure modifiers, royal titles, capital metonyms
/// as represented countries, participles that are not meetings. Sentences written for these tests.
@Suite struct GeneralizationEnglishTests: ArticleProbe {
    @Test func possessiveWithTenureModifier() {
        let d = doc("Tunisia's caretaker Prime Minister Karim Jaziri met Algeria's outgoing Foreign Minister Omar Bensalah in Tunis.")
        #expect(country(d, "Karim Jaziri") == "TUN")
        #expect(country(d, "Omar Bensalah") == "DZA")
        let e = doc("Libya's Benghazi-based Interior Minister Salem Warfalli met his Egyptian counterpart Samir Adel.")
        #expect(country(e, "Salem Warfalli") == "LBY")
    }

    @Test func royalTitleAfterPossessive() {
        let d = doc("Crown Prince Faisal bin Nasser received Morocco's King Idris IV at the royal palace on Monday.")
        #expect(country(d, "Idris IV") == "MAR")
        #expect(d.meetings.first?.participants[1].person == "Idris IV")
    }

    @Test func capitalRepresentedBy() {
        let d = doc("Several leaders stayed away. Amman was instead represented by Foreign Minister Nabil Haddad, while Cairo sent a deputy.")
        #expect(country(d, "Nabil Haddad") == "JOR")
    }

    @Test func participleInvitedIsNotAnInvitation() {
        let d = doc("Spanish Prime Minister Carlos Ruiz, invited as a guest, urged a ceasefire, while U.N. Secretary-General Maria Costa warned of famine.")
        #expect(d.meetings.isEmpty)
    }

    @Test func crownPrinceTitleAndCoordinatedCall() {
        let d = doc("DOHA, Oct 2 (QNA) -- His Highness the Crown Prince Sheikh Hamad bin Khalid Al-Thani received Omani Foreign Minister Salim Harthy. Later, Minister of State Ali Kuwari held talks with Harthy, and then received a phone call from Iraqi Foreign Minister Hadi Rikabi.")
        #expect(d.persons.first { $0.name == "Hamad bin Khalid Al-Thani" }?.role == "crown prince")
        let call = d.meetings.first { $0.kind == .called }
        #expect(call?.participants.compactMap(\.person).sorted() == ["Ali Kuwari", "Hadi Rikabi"])
    }

    @Test func ofTheStateOfCountryInATitle() {
        let d = doc("RIYADH (SPA) -- Foreign Minister Faisal bin Nasser received Minister of Foreign Affairs of the State of Palestine Rania Haddad. The meeting was attended by Deputy Minister for Political Affairs Saad Al-Otaibi.")
        #expect(country(d, "Rania Haddad") == "PSE")
        #expect(d.persons.contains { $0.name == "Saad Al-Otaibi" })
        #expect(countryPairs(d).contains(["PSE", "SAU"]))
    }

    @Test func heldAMeetingWith() {
        let d = doc("MUSCAT (ONA) -- Minister of Foreign Affairs Salim Harthy held a meeting with Jordanian Foreign Minister Nabil Haddad, and later held discussions with Iraqi Foreign Minister Hadi Rikabi.")
        #expect(countryPairs(d) == [["JOR", "OMN"], ["IRQ", "OMN"]])
    }

    @Test func coordinatedCounterpartsInOrder() {
        let d = doc("Tunisian Foreign Minister Hedi Jaziri, who chaired the meeting, held separate talks with his Omani and Kuwaiti counterparts, Salim Harthy and Jaber Sabah.")
        #expect(country(d, "Salim Harthy") == "OMN")
        #expect(country(d, "Jaber Sabah") == "KWT")
        #expect(countryPairs(d) == [["OMN", "TUN"], ["KWT", "TUN"]])
    }

    @Test func organizationBeforeATitleAndSecretaryOfState() {
        let d = doc("CAIRO (MENA) - Arab League Secretary-General Karim Mansour met US Secretary of State John Miller.")
        #expect(country(d, "Karim Mansour") == nil)
        #expect(d.persons.first { $0.name == "Karim Mansour" }?.organization == "arab-league")
        #expect(country(d, "John Miller") == "USA")
    }

    @Test func coordinatedSubjectsAreTheTwoSides() {
        let d = doc("Iraqi Foreign Minister Hadi Rikabi and his Kuwaiti counterpart Jaber Sabah met in Baghdad on Monday.")
        #expect(countryPairs(d) == [["IRQ", "KWT"]])
        let e = doc("AMMAN, Jan. 8 (Petra) -- King Talal III and Egyptian President Karim Mansour discussed, in a phone call on Wednesday, the situation in Gaza.")
        #expect(e.meetings.first?.kind == .called)
        #expect(countryPairs(e) == [["EGY", "JOR"]])
    }
}
