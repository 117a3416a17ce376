// Generated from Sources/Alignment/Resources by RosettaTestSupport.ShippedFilesSource: do not edit.
// Run the module's tests with RECORD_SNAPSHOTS=1 after changing a data file.

/// The module's data files, compiled in: file name -> text.
enum ShippedFiles {
    static let text: [String: String] = [
        "boilerplate.tsv": #"""
# Lines of web and wire boilerplate: captions, credits, sharing and subscription prompts, section
# links, datelines. Such a line is in one language version only and is never part of a
# translated sentence, so the aligner leaves it unlinked (BoilerplateCost).
#   LANG <TAB> LINE          the whole line, compared in lower case without surrounding spaces,
#                            quotes or final punctuation
#   LANG <TAB> PREFIX*       any line that starts with PREFIX
# A line of more than eight words is never boilerplate.
# LANG is en, ru, ko, or * for any language.
*	advertisement
*	ad
*	(ap)
*	(afp)
*	(reuters)
*	(upi)
*	(tass)
*	(yonhap)
*	photo:*
*	photo credit:*
*	image:*
*	image copyright*
*	image caption*
*	getty images
*	ap photo*
*	reuters/*
en	share this article
en	share this
en	share on facebook
en	share on twitter
en	share
en	subscribe to our newsletter
en	subscribe
en	sign up for our newsletter
en	sign up*
en	follow us on*
en	read more
en	read more:*
en	related
en	related coverage
en	related articles
en	related stories
en	related content
en	more on this story
en	see also
en	click here*
en	watch:*
en	video:*
en	listen:*
en	comments
en	media playback is unsupported on your device
en	copyright*
en	all rights reserved
ru	реклама
ru	поделиться
ru	поделиться в соцсетях
ru	читайте также
ru	читайте также:*
ru	материалы по теме
ru	по теме
ru	смотрите также
ru	подписывайтесь на наш канал*
ru	подписывайтесь*
ru	подписаться*
ru	фото:*
ru	видео:*
ru	источник:*
ru	комментарии
ru	(риа новости)
ru	(итар-тасс)
ru	(интерфакс)
ru	все права защищены
ko	광고
ko	공유하기
ko	공유
ko	관련 기사
ko	관련기사
ko	관련 뉴스
ko	이 기사를 공유합니다
ko	구독하기
ko	구독
ko	기사 더보기
ko	더보기
ko	댓글
ko	사진=*
ko	사진 =*
ko	사진 제공=*
ko	사진 제공 =*
ko	사진제공=*
ko	(서울=연합뉴스)*
ko	(사진=*
ko	무단 전재 및 재배포 금지
ko	무단전재 및 재배포 금지
ko	저작권자*
ko	ⓒ*

"""#,
    ]
}
