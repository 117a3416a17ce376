import CorpusModel
import Segmentation
import RosettaTestSupport

/// Sentence segmentation speed: Rosetta's segmenter against ICU's bare iterator on the same text,
/// in the same run. The text is about 1 MB per language of varied news prose assembled from
/// sentences written for this benchmark (abbreviations, numbers, quotes, datelines, lists, line
/// breaks), shuffled with a fixed seed so every run measures the same text.
let segmentationBenchmark = Benchmark(name: "segment", summary: "sentence segmentation MB/s vs ICU's bare iterator") {
    print("lang  MB    rosetta MB/s  icu MB/s  icu(no ss) MB/s  rosetta/icu")
    for language in [LanguageTag.english, .russian, .korean] {
        let text = BenchmarkProse.text(for: language, bytes: 1_000_000)
        let rosetta = try SentenceSegmenter(language: language)
        let icu = try ICUSentenceSegmenter(language: language)
        let icuPlain = try ICUSentenceSegmenter(language: language, suppressions: false)
        // Interleaved rounds, best of each: on a shared machine the load changes from one second
        // to the next, and interleaving exposes all three to the same conditions.
        var (ours, base, plain) = (Double.infinity, Double.infinity, Double.infinity)
        for _ in 0..<12 {
            ours = min(ours, try bestTime(runs: 1) { _ = try rosetta.boundaries(in: text) })
            base = min(base, try bestTime(runs: 1) { _ = try icu.boundaries(in: text) })
            plain = min(plain, try bestTime(runs: 1) { _ = try icuPlain.boundaries(in: text) })
        }
        let bytes = text.utf8.count
        let columns = [
            "\(language)  ", fixed(Double(bytes) / 1e6), "      " + fixed(megabytesPerSecond(bytes: bytes, seconds: ours)),
            "       " + fixed(megabytesPerSecond(bytes: bytes, seconds: base)),
            "     " + fixed(megabytesPerSecond(bytes: bytes, seconds: plain)), "            " + fixed(base / ours),
        ]
        print(columns.joined(separator: "  "))
    }
}

/// Benchmark prose: paragraphs of three to six sentences drawn from per-language pools.
enum BenchmarkProse {
    static func text(for language: LanguageTag, bytes: Int) -> String {
        let pool = switch language.identifier {
        case "ru": russian
        case "ko": korean
        default: english
        }
        var random = SplitMix64(seed: 0x5EED)
        var text = ""
        text.reserveCapacity(bytes + 1024)
        while text.utf8.count < bytes {
            let count = 3 + Int(random.next() % 4)
            var sentences: [String] = []
            for _ in 0..<count { sentences.append(pool[Int(random.next() % UInt64(pool.count))]) }
            // Now and then a paragraph is hard-wrapped, as in copy pasted from a terminal.
            let separator = random.next() % 5 == 0 ? "\n" : " "
            text += sentences.joined(separator: separator) + "\n\n"
        }
        return text
    }

    static let english = [
        "Gen. Harlan Voss arrived in the capital on Tuesday for three days of talks.",
        "The ministry said exports rose 4.2 percent in the second quarter, the fastest pace since 2019.",
        "\"We are not in a hurry,\" a senior official told reporters after the meeting.",
        "Shares of Northgate Corp. fell 3 percent in early trading.",
        "The U.S. delegation was led by Deputy Secretary Anna Kowalczyk.",
        "Talks resumed at 10 a.m. Thursday after a short break.",
        "SEOUL, Aug. 24 (Yonhap) -- The two sides agreed to meet again next month.",
        "Dr. Miriam Cole, who chairs the panel, said the figures were preliminary.",
        "The plan has three parts: new roads, a port and a power line.",
        "Is the agreement binding? Lawyers on both sides disagree.",
        "The convoy crossed the river near Mt. Ararat before dawn.",
        "Prices of rice, wheat, sugar, etc. have doubled since spring.",
        "The report, on p. 12 of the annex, lists 37 projects worth $4.5 billion.",
        "Officials in the U.S. said the visit was routine.",
        "The president, J. R. Halvorsen, declined to comment.",
        "Protesters gathered outside the embassy... but the crowd was small.",
        "A spokesman for the U.N. mission said aid would arrive within a week.",
        "Rail traffic resumed late on Sunday, the operator said.",
        "The company was founded in 1987 by two engineers from Leeds.",
        "Some analysts expect another rate cut before December.",
        "\"It is a good start,\" she said. \"But it is only a start.\"",
        "Sen. Lisa Moreno (D-Ore.) called the decision a mistake.",
        "Fuel shortages have hit the northern provinces hardest.",
        "The talks ended without a joint statement.",
    ]

    static let russian = [
        "Ген. директор компании прибыл в Москву во вторник для трехдневных переговоров.",
        "По данным министерства, экспорт вырос на 4,2 процента во втором квартале.",
        "«Мы никуда не торопимся», — сказал журналистам высокопоставленный чиновник.",
        "Акции компании «Северный порт» подешевели на 3 процента.",
        "Делегацию возглавил заместитель министра А. И. Ковальчук.",
        "Переговоры возобновились в четверг в 10 часов утра.",
        "МОСКВА, 24 августа. /ИТАР-ТАСС/. Стороны договорились встретиться снова в следующем месяце.",
        "Как отметил проф. Л.Н. Соколов, цифры пока предварительные.",
        "План состоит из трех частей: новые дороги, порт и линия электропередачи.",
        "Обязательно ли соглашение? Юристы сторон расходятся во мнениях.",
        "Колонна пересекла реку у г. Нарьян-Мар до рассвета.",
        "Цены на рис, пшеницу, сахар и т.д. с весны выросли вдвое.",
        "В приложении перечислены 37 проектов стоимостью 4,5 млрд долларов.",
        "Испытания проводились в 2006 и 2009 гг. Последствия изучаются до сих пор.",
        "Пресс-служба ведомства от комментариев отказалась.",
        "Митингующие собрались у посольства… Впрочем, их было немного.",
        "Представитель миссии ООН сообщил, что помощь прибудет в течение недели.",
        "Движение поездов возобновилось поздно вечером в воскресенье.",
        "Компания основана в 1987 г. двумя инженерами из Екатеринбурга.",
        "Ряд аналитиков ожидает еще одного снижения ставки до декабря.",
        "Заседание прошло на ул. Ильинке в здании им. Столыпина.",
        "Дефицит топлива сильнее всего ударил по северным районам.",
        "Переговоры завершились без совместного заявления.",
        "В 2015 г. Петров возглавил совет директоров.",
    ]

    static let korean = [
        "양측은 화요일 수도에서 사흘간의 회담을 시작했다.",
        "정부는 2분기 수출이 4.2% 늘었다고 밝혔다.",
        "한 고위 관계자는 \"서두르지 않겠다\"고 기자들에게 말했다.",
        "북항 주식회사의 주가는 장 초반 3% 하락했다.",
        "(서울=연합뉴스) 김하늘 기자 = 양측은 다음 달 다시 만나기로 합의했다.",
        "위원장은 수치가 아직 잠정적이라고 설명했다.",
        "계획은 도로와 항만, 송전선 등 세 부분으로 이뤄진다.",
        "합의에 구속력이 있을까요? 양측 법률가들의 의견은 엇갈린다.",
        "쌀과 밀, 설탕 가격은 봄 이후 두 배로 뛰었다.",
        "부속서에는 45억 달러 규모의 사업 37건이 담겼다.",
        "대사관 앞에 시위대가 모였다 그러나 인원은 많지 않았다",
        "유엔 대변인은 일주일 안에 지원이 도착할 것이라고 말했다.",
        "열차 운행은 일요일 밤늦게 재개됐다.",
        "이 회사는 1987년 두 명의 기술자가 세웠다.",
        "일부 전문가는 연말 전에 금리가 한 번 더 내려갈 것으로 본다.",
        "연료 부족은 북부 지방에 가장 큰 타격을 줬다.",
        "회담은 공동성명 없이 끝났다.",
        "오늘은 날씨가 좋네요 내일도 맑을 거예요",
        "그는 \"좋은 출발이다. 하지만 시작일 뿐이다\"라고 강조했다.",
        "시장은 이번 결정에 신중한 반응을 보였다.",
        "관계자들은 방문이 정례적인 것이라고 설명했다.",
        "협상단은 새벽에 강을 건넜다.",
    ]
}
