extension Hangul {
    /// Whether a Hangul word (its particle off) reads as a foreign name written in Hangul — 트럼프,
    /// 볼리비아, 젤렌스키, 리빙스턴 — rather than a Sino-Korean or native word. Korean has no capitals,
    /// so this is how a name that the gazetteer does not know and no title follows is found.
    ///
    /// Sino-Korean words are written with a closed set of about 460 syllables (`sinoKorean`);
    /// a transcription almost always needs one outside it (스 트 르 프, 레 데 베, 러 버 터, 키 코 크,
    /// 디 티, 볼 젤 …). Native words need them too, but they show themselves otherwise: tense
    /// consonants (ㄲ ㄸ ㅃ ㅆ ㅉ) and final consonants that loanword spelling never writes
    /// (했다, 많은, 같은), which the standard loanword orthography excludes. A non-Sino syllable
    /// that is only a verb ending (하는, 된다) does not count.
    static func isTranscription(_ word: some StringProtocol) -> Bool {
        var scalars = Array(word.unicodeScalars)
        // The plural 들 is native Korean whatever the noun (볼리비아인들, 학생들).
        if scalars.last == "들" { scalars.removeLast() }
        guard (2...10).contains(scalars.count), scalars.last != "다" || scalars[scalars.count - 2] != "니" else { return false }
        var foreign = 0
        for (position, scalar) in scalars.enumerated() {
            guard let syllable = decompose(scalar), !tenseLeads.contains(syllable.lead), loanwordTails.contains(syllable.tail),
                  !nativeSyllables.contains(scalar) else { return false }
            // The ending of a verb or adnominal (하는, 된다, 다른) is no sign of a foreign word.
            if !sinoKorean.contains(scalar.value), position < scalars.count - 1 || !verbEndings.contains(scalar) { foreign += 1 }
        }
        return foreign > 0
    }

    /// Syllables of native grammar that no transcription writes (the bound noun 것: 것입니다).
    static let nativeSyllables: Set<Unicode.Scalar> = ["것"]
    /// ㄲ ㄸ ㅃ ㅆ ㅉ: not written in loanwords.
    static let tenseLeads: Set<Int> = [1, 4, 8, 10, 13]
    /// Finals a loanword is spelled with: none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ.
    static let loanwordTails: Set<Int> = [0, 1, 4, 8, 16, 17, 19, 21]
    /// Endings of verbs and adnominals that are not Sino-Korean syllables.
    static let verbEndings: Set<Unicode.Scalar> = ["는", "던", "된", "될", "며", "면", "게", "요", "까", "죠", "든", "른", "런"]

    /// The syllables of Sino-Korean readings in common use (South Korean spelling, both forms of
    /// the initial-sound rule: 이/리, 노/로). Rare readings that transcriptions use often (날, 닐,
    /// 힐) are left out.
    static let sinoKorean: Set<UInt32> = Set("""
        가각간갈감갑강개객갱거건걸검겁격견결겸경계고곡곤골공과곽관괄광괘괴굉교구국군굴궁권궐궤귀규균귤극근금급긍기긴길김\
        나낙난남납낭내녀년념녕노녹논농뇌뇨누눈눌뉴능니닉\
        다단달담답당대댁덕도독돈돌동두둔득등\
        라락란람랍랑래랭략량려력련렬렴렵령례로록론롱뢰료룡루류륙륜률륭륵름릉리린림립\
        마막만말망매맥맹면멸명모목몰몽묘무묵문물미민밀\
        박반발방배백번벌범법벽변별병보복본봉부북분불붕비빈빙\
        사삭산살삼삽상쌍새색생서석선설섬섭성세소속손솔송쇄쇠수숙순술숭슬습승시식신실심십씨\
        아악안알암압앙애액앵야약양어억언얼엄업여역연열염엽영예오옥온올옹와완왈왕왜외요욕용우욱운울웅원월위유육윤율융은을음읍응의이익인일임입잉\
        자작잔잠잡장재쟁저적전절점접정제조족존졸종좌죄주죽준줄중즉즐즙증지직진질짐집징\
        차착찬찰참창채책처척천철첨첩청체초촉촌총촬최추축춘출충췌취측층치칙친칠침칩칭\
        쾌타탁탄탈탐탑탕태택탱토통퇴투특파판팔패팽편평폐포폭표품풍피필핍\
        하학한할함합항해핵행향허헌험혁현혈혐협형혜호혹혼홀홍화확환활황회획횡효후훈훼휘휴흉흑흔흠흡흥희
        """.unicodeScalars.filter(isSyllable).map(\.value))
}
