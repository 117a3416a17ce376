// Generated from Sources/Segmentation/Rules by RosettaTestSupport.ShippedFilesSource: do not edit.
// Run the module's tests with RECORD_SNAPSHOTS=1 after changing a data file.

/// The module's data files, compiled in: file name -> text.
enum ShippedFiles {
    static let text: [String: String] = [
        "en.abbreviations": #"""
# English abbreviations. One per line: the abbreviation with its dot, then optionally its kind:
#   (none) / inner  never ends a sentence (titles before names, words that need a complement)
#   final           ends a sentence before a capitalized word
#   ambiguous       ends a sentence only before a sentence starter (see en.starters)
#   number          after a number, ends a sentence before a capital unless the clause is introductory
# Lookup is exact first; a case-insensitive match is never taken as inner.
# Titles and ranks
Mr.
Mrs.
Ms.
Messrs.
Dr.
Prof.
Gen.
Lt.
Col.
Maj.
Capt.
Cmdr.
Cdr.
Adm.
Sgt.
Cpl.
Pvt.
Brig.
Sen.
Sens.
Rep.
Reps.
Gov.
Govs.
Pres.
Amb.
Rev.
Hon.
Supt.
Insp.
Det.
Atty.
Gen.
Fr.
Msgr.
Sr. ambiguous
Jr. ambiguous
# Places
St. ambiguous
Mt.
Ft.
Ave. ambiguous
Blvd. ambiguous
Rd. ambiguous
Sq. ambiguous
Apt.
Dept. ambiguous
Univ. ambiguous
# Companies
Inc. ambiguous
Corp. ambiguous
Co. ambiguous
co. ambiguous
Ltd. ambiguous
Bros. ambiguous
Cos. ambiguous
Assn. ambiguous
# References and numbers
No.
Nos.
N°.
№.
vol.
vols.
p.
pp.
ch.
chap.
sec.
fig.
figs.
art.
para.
approx.
est. ambiguous
ca.
vs.
v.
e.g.
i.e.
cf.
viz.
al.
etc. final
ft. number
lb. number
lbs. number
oz. number
mi. number
km. number
kg. number
mhr. number
hrs. number
# Times
a.m. number
p.m. number
A.M. number
P.M. number
# Countries and bodies
U.S. ambiguous
U.N. ambiguous
U.K. ambiguous
E.U. ambiguous
U.S.A. ambiguous
D.C. ambiguous
# Months and days
Jan. ambiguous
Feb. ambiguous
Mar. ambiguous
Apr. ambiguous
Jun. ambiguous
Jul. ambiguous
Aug. ambiguous
Sept. ambiguous
Sep. ambiguous
Oct. ambiguous
Nov. ambiguous
Dec. ambiguous
Mon. ambiguous
Tue. ambiguous
Tues. ambiguous
Wed. ambiguous
Thu. ambiguous
Thurs. ambiguous
Fri. ambiguous
Sat. ambiguous
Sun. ambiguous
# US states as wire copy writes them
Ala. ambiguous
Ariz. ambiguous
Ark. ambiguous
Calif. ambiguous
Colo. ambiguous
Conn. ambiguous
Del. ambiguous
Fla. ambiguous
Ga. ambiguous
Ill. ambiguous
Ind. ambiguous
Kan. ambiguous
Ky. ambiguous
La. ambiguous
Md. ambiguous
Mass. ambiguous
Mich. ambiguous
Minn. ambiguous
Miss. ambiguous
Mo. ambiguous
Mont. ambiguous
Neb. ambiguous
Nev. ambiguous
Okla. ambiguous
Ore. ambiguous
Pa. ambiguous
Tenn. ambiguous
Tex. ambiguous
Va. ambiguous
Vt. ambiguous
Wash. ambiguous
Wis. ambiguous
Wyo. ambiguous

"""#,
        "en.conventions": #"""
# A three-dot ellipsis marks an omission inside a sentence; a sentence that ends at an omission
# takes a fourth dot ("…that.... She left").
ellipsis: omission

"""#,
        "en.months": #"""
# Month names and abbreviations, for datelines ("SEOUL, Aug. 24 (Yonhap) --").
January
February
March
April
May
June
July
August
September
October
November
December
Jan
Feb
Mar
Apr
Jun
Jul
Aug
Sep
Sept
Oct
Nov
Dec
# Days of the week: "at 10 a.m. Thursday" is one phrase.
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday

"""#,
        "en.prepositions": #"""
# Prepositions that open an introductory time phrase ("At 5 a.m. Mr. Kim…"): a number abbreviation
# after one of these, early in a clause, does not end the sentence.
at
in
on
by
since
until
till
from
to
after
before
during
around
about
for
of
through

"""#,
        "en.starters": #"""
# Closed-class words that open English sentences. After an ambiguous abbreviation ("U.S.") or an
# initial ("E."), a capitalized word starts a new sentence only if it is one of these: "in the
# U.S. The talks…" ends a sentence, "the U.S. Government" does not.
A
An
The
This
That
These
Those
There
Here
It
Its
He
She
They
We
I
You
His
Her
Their
Our
My
Your
Who
What
When
Where
Why
How
Which
Whether
But
And
Or
So
Yet
Nor
For
If
As
At
In
On
By
To
From
With
Without
After
Before
Since
During
Although
Though
While
Because
Unless
Until
Once
However
Meanwhile
Still
Also
Then
Now
Later
Earlier
Instead
Even
Both
Each
Every
All
Some
Many
Most
Such
No
Not
Do
Does
Did
Is
Are
Was
Were
Will
Would
Can
Could
Should
May
Might
Must
Has
Have
Had
Let
Please
Thus
Therefore
Otherwise
Besides
Moreover
Furthermore
Nevertheless
Today
Yesterday
Tomorrow

"""#,
        "ko.continuations": #"""
# Words that carry a clause on after a final-looking ending written apart (non-standard spacing,
# auxiliaries): "왔다 갔다 했다", "했다 하더라도". After these no sentence ends.
하고
하며
하면서
하더라도
하더니
해도
하면
하는
한
할
했다가
고
며
면서
라고
라며
는
보니
보면
못해
갔다
싶어
싶은
했다
한다
하였다
왔다
온다
왔어
왔어요
오겠다

"""#,
        "ko.endings": #"""
# Korean sentence-final endings: a word (a run of Hangul before white space) that ends with one of
# these closes a sentence when a new clause follows, even without a full stop. A leading
# compatibility jamo means "a syllable with this final consonant, then": ㅆ다 matches 했다, 있었다,
# 됐다, 겠다; ㄴ다 matches 한다, 간다, 먹는다. Endings that are also common noun or particle endings
# (보다 "than", 바다 "sea", 주요 "major", 필요 "need") are left out on purpose.
ㅆ다
하다
ㄴ다
ㅄ다
ㄶ다
ㅂ다
이다
니다
아니다
같다
싶다
좋다
높다
낮다
크다
싸다
쁘다
프다
르다
리다
작다
적다
맞다
옳다
ㅂ니까
습니까
ㄹ까
죠
어요
아요
여요
해요
돼요
와요
워요
봐요
줘요
져요
셔요
에요
예요
세요
네요
지요
군요
든요
데요
게요
래요
대요
까요
나요
# Informal endings after a past or present tense syllable, and other closing forms.
ㅆ어
ㅆ네
ㅆ지
ㅆ군
ㅆ니
ㅆ냐
구나
잖아
하자
가자
보자
하라
더라
더라고
거야
하네
좋네
는군

"""#,
        "ko.starters": #"""
# Korean has no capital letters; sentence starters are not used.

"""#,
        "ru.abbreviations": #"""
# Russian abbreviations. One per line: the abbreviation with its dot, then optionally its kind:
#   (none) / inner  never ends a sentence ("ул. Ленина", "им. Пушкина", "т.е.")
#   final           ends a sentence before a capitalized word ("и т.д. Потом…")
#   ambiguous       ends a sentence only before a sentence starter (see ru.starters)
#   number          after a number, ends a sentence before a capital unless the clause is
#                   introductory ("в 2006 и 2009 гг. Вашингтон…" ends, "В 2009 г. Путин…" does not);
#                   elsewhere inner ("г. Москва")
# Spaced forms ("т. е.", "т. д.") are looked up without their spaces.
т.е.
т.к.
т.н.
т.ч.
т.о.
т.д. final
т.п. final
др. final
пр. ambiguous
н.э. final
г. number
гг. number
в. number
вв. number
тыс. number
млн. number
млрд. number
трлн. number
руб. number
чел. number
п.п. number
проц. number
шт. number
га. number
т. number
коп. number
долл. number
евро. number
км. number
кг. number
куб.
кв.
мин. number
сек. number
ч. number
ул.
пр-т.
просп.
пл.
пер.
наб.
бул.
ш.
д.
корп.
стр.
кв-л.
пос.
дер.
с.
обл.
р-н.
респ.
им.
см.
ср.
напр.
рис.
табл.
гл.
п.
пп.
ст.
ч.
вып.
изд.
ген.
генерал-лейт.
полк.
акад.
проф.
доц.
канд.
д-р.
Дж.
зам.
пред.
св.
тов.
гос.
г-н.
г-жа.
им.
янв. ambiguous
февр. ambiguous
фев. ambiguous
апр. ambiguous
авг. ambiguous
сент. ambiguous
сен. ambiguous
окт. ambiguous
нояб. ambiguous
ноя. ambiguous
дек. ambiguous

"""#,
        "ru.conventions": #"""
# A Russian многоточие before a capital ends a sentence.
ellipsis: end

"""#,
        "ru.months": #"""
# Month names (nominative and genitive) and abbreviations, for datelines ("МОСКВА, 24 августа.").
январь
января
февраль
февраля
март
марта
апрель
апреля
май
мая
июнь
июня
июль
июля
август
августа
сентябрь
сентября
октябрь
октября
ноябрь
ноября
декабрь
декабря
янв
фев
февр
мар
апр
авг
сен
сент
окт
ноя
нояб
дек
# Дни недели
понедельник
вторник
среда
среду
четверг
пятница
пятницу
суббота
субботу
воскресенье
# Предложный падеж (в мае 2019 г.)
январе
феврале
марте
апреле
мае
июне
июле
августе
сентябре
октябре
ноябре
декабре

"""#,
        "ru.prepositions": #"""
# Предлоги, открывающие вводное обстоятельство времени ("В 2009 г. Путин…"): после них
# сокращение при числе в начале предложения его не заканчивает.
в
во
с
со
к
ко
по
до
от
на
за
после
около
о
об
при
через
между
перед
накануне
к

"""#,
        "ru.starters": #"""
# Closed-class words that open Russian sentences: after an ambiguous abbreviation or an initial,
# a capitalized word starts a new sentence only if it is one of these.
Это
Эта
Этот
Эти
Тот
Та
То
Те
Он
Она
Оно
Они
Мы
Я
Вы
Ты
Его
Ее
Её
Их
Им
Ему
Ей
Нам
Но
А
И
Или
Однако
Зато
Также
Тоже
Кроме
В
Во
На
По
С
Со
Из
К
Ко
От
До
За
Для
При
После
Перед
Через
Под
Над
О
Об
Как
Когда
Где
Если
Хотя
Так
Там
Тогда
Теперь
Сейчас
Затем
Потом
Поэтому
Впрочем
Между
Все
Всё
Весь
Вся
Каждый
Многие
Некоторые
Не
Ни
Уже
Еще
Ещё
Лишь
Только
Даже
Вот
Что
Чтобы
Кто
Почему
Зачем
Сегодня
Вчера
Завтра
Там
Здесь
Следует
Напомним
Отметим

"""#,
    ]
}
