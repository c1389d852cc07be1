package extract

import (
	"testing"
)

// dateGrid2Rows: the second date grid (issue #12, helper dates29), written
// and annotated before the extractor ran on them. It crosses what the first
// grid does not: outlets' datelines with and without a date, publication
// and update lines, relative words against other article dates (a Friday,
// a Monday at a month's start, a Friday after New Year, a Wednesday whose
// last week straddles two months), ranges and deadlines, other calendars,
// time zones and midnight, and future, conditional, negated and planned
// sentences. A relative period is dated at the finest precision that holds
// for all of it ("pekan lalu" in an article of Wednesday 8 October 2025 is
// 29 September to 5 October: 2025), and an anchor that is not the article
// date ("sehari sebelumnya", "a day earlier") leaves the date unknown.
var dateGrid2Rows = func() []dateGridRow {
	const (
		fri = "2025-12-05" // a Friday
		mon = "2025-12-01" // a Monday, the first of a month
		jan = "2026-01-02" // a Friday after New Year
		oct = "2025-10-08" // a Wednesday: last week is 29 September to 5 October
	)
	var rows []dateGridRow
	add := func(name, lang, meta, text, pub, date string, fact bool) {
		rows = append(rows, dateGridRow{"2 " + name, lang, meta, text, pub, date, fact})
	}
	// Outlets' datelines: a place and an outlet give no date; a full date does.
	add("id kompas weekday full", "id", "", "JAKARTA, KOMPAS.com - Rusia menyerang Ukraina pada Kamis (4/12/2025).", "", "2025-12-04", true)
	add("id kompas day month only", "id", "", "JAKARTA, KOMPAS.com - Rusia menyerang Ukraina pada Kamis (4/12).", "", "", true)
	add("id kompas day month meta", "id", fri, "JAKARTA, KOMPAS.com - Rusia menyerang Ukraina pada Kamis (4/12).", fri, "2025-12-04", true)
	add("id cnn kemarin", "id", "", "Jakarta, CNN Indonesia -- Rusia menyerang Ukraina kemarin.", "", "", true)
	add("id cnn full", "id", "", "Jakarta, CNN Indonesia -- Rusia menyerang Ukraina pada Rabu (3/12/2025).", "", "2025-12-03", true)
	add("id cnn meta kemarin", "id", fri, "Jakarta, CNN Indonesia -- Rusia menyerang Ukraina kemarin.", fri, "2025-12-04", true)
	add("id liputan6 kemarin", "id", "", "Liputan6.com, Jakarta - Rusia menyerang Ukraina kemarin.", "", "", true)
	add("id liputan6 meta", "id", fri, "Liputan6.com, Jakarta - Rusia menyerang Ukraina kemarin.", fri, "2025-12-04", true)
	add("id tempo spelled", "id", "", "TEMPO.CO, Jakarta - Rusia menyerang Ukraina pada Rabu, 3 Desember 2025.", "", "2025-12-03", true)
	add("id tempo kemarin", "id", "", "TEMPO.CO, Jakarta - Rusia menyerang Ukraina kemarin.", "", "", true)
	add("id antara no date", "id", "", "JAKARTA (ANTARA) - Rusia menyerang Ukraina kemarin.", "", "", true)
	add("id antara no date full", "id", "", "Jakarta (ANTARA) - Rusia menyerang Ukraina pada Selasa (2/12/2025).", "", "2025-12-02", true)
	add("id antara dated", "id", "", "Jakarta, 5 Desember 2025 (ANTARA) - Rusia menyerang Ukraina kemarin.", fri, "2025-12-04", true)
	add("id antara slash dated", "id", "", "Jakarta, 5/12/2025 (ANTARA) - Rusia menyerang Ukraina pada Senin.", fri, "2025-12-01", true)
	add("id detik", "id", "", "Jakarta - Rusia menyerang Ukraina pada Rabu (3/12/2025).", "", "2025-12-03", true)
	add("en ap no date", "en", "", "WASHINGTON (AP) — Russia attacked Ukraine on Thursday.", "", "", true)
	add("en ap meta", "en", fri, "WASHINGTON (AP) — Russia attacked Ukraine on Thursday.", fri, "2025-12-04", true)
	add("en ap country", "en", "", "BEIRUT, Lebanon (AP) — Israeli forces attacked Gaza on Sunday.", "", "", true)
	add("en reuters no year", "en", "", "LONDON, Dec 3 (Reuters) - Russia attacked Ukraine on Tuesday.", "", "", true)
	add("en reuters no year meta", "en", "2025-12-03", "LONDON, Dec 3 (Reuters) - Russia attacked Ukraine yesterday.", "2025-12-03", "2025-12-02", true)
	add("en reuters abbreviated", "en", "", "KYIV, Dec 5, 2025 (Reuters) - Russia attacked Ukraine on Wednesday.", fri, "2025-12-03", true)
	add("en ap dotted month", "en", "", "WASHINGTON, Dec. 5, 2025 (AP) — Russia attacked Ukraine on Thursday.", fri, "2025-12-04", true)
	add("en afp", "en", "", "Kyiv (AFP) - Russia attacked Ukraine overnight.", "", "", true)
	// Publication and update lines.
	add("id diterbitkan diperbarui", "id", "", "Diterbitkan 04 Des 2025, 22:15 WIB\nDiperbarui 05 Des 2025, 08:00 WIB\nRusia menyerang Ukraina kemarin.", "2025-12-04", "2025-12-03", true)
	add("id diperbarui only", "id", "", "Diperbarui 05 Des 2025, 08:00 WIB\nRusia menyerang Ukraina kemarin.", fri, "2025-12-04", true)
	add("id weekday short month", "id", "", "Jumat, 05 Des 2025 08:15 WIB\nRusia menyerang Ukraina kemarin.", fri, "2025-12-04", true)
	add("id pipe time", "id", "", "Rabu, 3 Desember 2025 | 22:45 WIB\nRusia menyerang Ukraina hari ini.", "2025-12-03", "2025-12-03", true)
	add("id outlet slash line", "id", "", "Kompas.com - 05/12/2025, 08:15 WIB\nRusia menyerang Ukraina kemarin.", fri, "2025-12-04", true)
	add("id byline editor", "id", "", "Penulis: Ahmad Fauzi | Editor: Budi Santoso\nRusia menyerang Ukraina kemarin.", "", "", true)
	add("id photo caption", "id", "", "Foto: suasana Kyiv, 4 Desember 2025\nRusia menyerang Ukraina kemarin.", "", "", true)
	add("id wita line", "id", "", "Kamis, 4 Desember 2025 23:50 WITA\nRusia menyerang Ukraina hari ini.", "2025-12-04", "2025-12-04", true)
	add("en updated then published", "en", "", "Updated: Dec 5, 2025 9:30 AM EST\nPublished: Dec 4, 2025 11:00 PM EST\nRussia attacked Ukraine on Wednesday.", "2025-12-04", "2025-12-03", true)
	add("en published at", "en", "", "Published Dec 5, 2025 at 6:04 AM\nRussia attacked Ukraine yesterday.", fri, "2025-12-04", true)
	add("en last updated only", "en", "", "Last updated: 5 December 2025\nRussia attacked Ukraine yesterday.", fri, "2025-12-04", true)
	add("en time line", "en", "", "December 5, 2025 at 3:12 a.m. EST\nRussia attacked Ukraine on Thursday.", fri, "2025-12-04", true)
	add("en date in lead no pub", "en", "", "On December 3, 2025, Russia attacked Ukraine.", "", "2025-12-03", true)
	add("id date in lead no pub", "id", "", "Pada 3 Desember 2025, Rusia menyerang Ukraina.", "", "2025-12-03", true)
	// Metadata with a time: the publication's own calendar day.
	add("en meta evening est", "en", "2025-12-04T23:30:00-05:00", "Russia attacked Ukraine yesterday.", "2025-12-04", "2025-12-03", true)
	add("id meta wib after midnight", "id", "2025-12-05T00:30:00+07:00", "Rusia menyerang Ukraina kemarin.", fri, "2025-12-04", true)
	// Relative words against a Friday.
	id := func(name, text, date string) { add("id "+name, "id", fri, text, fri, date, true) }
	en := func(name, text, date string) { add("en "+name, "en", fri, text, fri, date, true) }
	id("pekan lalu", "Rusia menyerang Ukraina pekan lalu.", "2025-11")
	id("selasa lalu", "Rusia menyerang Ukraina Selasa lalu.", "2025-12-02")
	id("kamis bracket", "Rusia menyerang Ukraina pada Kamis (4/12/2025).", "2025-12-04")
	id("awal bulan ini", "Rusia menyerang Ukraina awal bulan ini.", "2025-12")
	id("akhir pekan lalu", "Rusia menyerang Ukraina akhir pekan lalu.", "2025-11")
	id("akhir pekan", "Rusia menyerang Ukraina pada akhir pekan.", "2025-11")
	id("tiga hari lalu", "Rusia menyerang Ukraina tiga hari lalu.", "2025-12-02")
	id("tahun lalu", "Rusia menyerang Ukraina tahun lalu.", "2024")
	id("bulan lalu", "Rusia menyerang Ukraina bulan lalu.", "2025-11")
	id("jumat dini hari", "Rusia menyerang Ukraina Jumat dini hari.", "2025-12-05")
	id("kamis malam", "Rusia menyerang Ukraina pada Kamis malam.", "2025-12-04")
	id("4 desember lalu", "Rusia menyerang Ukraina pada 4 Desember lalu.", "2025-12-04")
	id("minggu bracket malam", "Rusia menyerang Ukraina pada Minggu (30/11/2025) malam.", "2025-11-30")
	id("dua pekan lalu", "Rusia menyerang Ukraina dua pekan lalu.", "2025-11")
	id("tiga bulan lalu", "Rusia menyerang Ukraina tiga bulan lalu.", "2025-09")
	id("oktober lalu", "Rusia menyerang Ukraina pada Oktober lalu.", "2025-10")
	id("akhir november", "Rusia menyerang Ukraina pada akhir November.", "2025-11")
	id("sehari sebelumnya", "Sehari sebelumnya, Rusia menyerang Ukraina.", "")
	id("pekan ini", "Rusia menyerang Ukraina pekan ini.", "2025-12")
	id("jumat kliwon", "Rusia menyerang Ukraina pada Jumat Kliwon.", "2025-12-05")
	id("wib before midnight", "Rusia menyerang Ukraina pada Kamis (4/12/2025) pukul 23.50 WIB.", "2025-12-04")
	id("wita after midnight", "Rusia menyerang Ukraina pada Jumat (5/12/2025) dini hari pukul 01.30 WITA, atau Kamis malam waktu Kyiv.", "2025-12-05")
	id("second sentence", "Ukraina mengecam Rusia. Rusia menyerang Ukraina pada Rabu (3/12/2025) malam.", "2025-12-03")
	id("sejak senin", "Rusia telah menyerang Ukraina tiga kali sejak Senin (1/12/2025).", "2025-12-01")
	id("waktu setempat", "Rusia menyerang Ukraina pada Senin (1/12/2025) waktu setempat.", "2025-12-01")
	en("last week", "Russia attacked Ukraine last week.", "2025-11")
	en("last tuesday", "Russia attacked Ukraine last Tuesday.", "2025-12-02")
	en("earlier this month", "Russia attacked Ukraine earlier this month.", "2025-12")
	en("on monday", "Russia attacked Ukraine on Monday.", "2025-12-01")
	en("overnight", "Russia attacked Ukraine overnight.", "2025-12")
	en("overnight second", "Ukraine condemned Russia. Russia attacked Ukraine overnight.", "2025-12")
	en("this week", "Russia attacked Ukraine this week.", "2025-12")
	en("a day earlier", "A day earlier, Russia attacked Ukraine.", "")
	en("the previous day", "Russia attacked Ukraine the previous day.", "")
	en("two weeks ago", "Russia attacked Ukraine two weeks ago.", "2025-11")
	en("three months ago", "Russia attacked Ukraine three months ago.", "2025-09")
	en("last year", "Russia attacked Ukraine last year.", "2024")
	en("late november", "Russia attacked Ukraine in late November.", "2025-11")
	en("in october", "Russia attacked Ukraine in October.", "2025-10")
	en("thursday night", "Russia attacked Ukraine on Thursday night.", "2025-12-04")
	en("early friday", "Russia attacked Ukraine early Friday.", "2025-12-05")
	en("since monday", "Russia has attacked Ukraine three times since Monday.", "2025-12-01")
	en("dec 3", "Russia attacked Ukraine on Dec. 3.", "2025-12-03")
	en("local time", "Russia attacked Ukraine on Monday local time.", "2025-12-01")
	// Month and year boundaries.
	add("en overnight first of month", "en", mon, "Russia attacked Ukraine overnight.", mon, "2025", true)
	add("id kemarin first of month", "id", mon, "Rusia menyerang Ukraina kemarin.", mon, "2025-11-30", true)
	add("id desember after new year", "id", jan, "Rusia menyerang Ukraina pada Desember.", jan, "2025-12", true)
	add("id 30 desember after new year", "id", jan, "Rusia menyerang Ukraina pada 30 Desember.", jan, "2025-12-30", true)
	add("en dec 30 after new year", "en", jan, "Russia attacked Ukraine on Dec. 30.", jan, "2025-12-30", true)
	add("en last week after new year", "en", jan, "Russia attacked Ukraine last week.", jan, "2025-12", true)
	add("en this week after new year", "en", jan, "Russia attacked Ukraine this week.", jan, "", true)
	add("id pekan lalu straddles", "id", oct, "Rusia menyerang Ukraina pekan lalu.", oct, "2025", true)
	add("en last week straddles", "en", oct, "Russia attacked Ukraine last week.", oct, "2025", true)
	// (annotated "2025" at first, an error of arithmetic: the week of
	// Wednesday 8 October starts on Monday 6 October, so this week so far
	// is October's.)
	add("id pekan ini straddles", "id", oct, "Rusia menyerang Ukraina pekan ini.", oct, "2025-10", true)
	add("id senin bracket no year across", "id", jan, "Rusia menyerang Ukraina pada Rabu (31/12).", jan, "2025-12-31", true)
	// Ranges, periods and years.
	id("dari hingga", "Rusia menyerang Ukraina dari 2014 hingga 2022.", "2014")
	id("sejak 2019", "Rusia menyerang Ukraina sejak 2019.", "2019")
	id("akhir 2024", "Rusia menyerang Ukraina pada akhir 2024.", "2024")
	id("awal 2024", "Rusia menyerang Ukraina pada awal 2024.", "2024")
	id("pertengahan 2024", "Rusia menyerang Ukraina pada pertengahan 2024.", "2024")
	id("antara", "Rusia menyerang Ukraina antara Januari dan Maret 2024.", "2024")
	id("drone count", "Rusia menyerang Ukraina dengan 2025 drone.", fri)
	en("between years", "Russia attacked Ukraine between 2014 and 2022.", "2014")
	en("from to", "Russia attacked Ukraine from 2014 to 2022.", "2014")
	en("end of 2024", "Russia attacked Ukraine at the end of 2024.", "2024")
	en("late 2024", "Russia attacked Ukraine in late 2024.", "2024")
	en("mid 2024", "Russia attacked Ukraine in mid-2024.", "2024")
	en("drone count", "Russia attacked Ukraine with 2025 drones.", fri)
	// Other calendars: never the article's date, never misread as a year.
	id("hijri only", "Rusia menyerang Ukraina pada 10 Muharram 1447 H.", "")
	id("hijri with gregorian", "Rusia menyerang Ukraina pada 1 Jumadil Akhir 1447 H (22/11/2025).", "2025-11-22")
	id("suro", "Rusia menyerang Ukraina pada malam 1 Suro.", "")
	id("ramadan", "Rusia menyerang Ukraina pada bulan Ramadan.", "")
	en("ramadan", "Russia attacked Ukraine during Ramadan.", "")
	en("eid", "Russia attacked Ukraine on the first day of Eid al-Fitr.", "")
	// Third batch (written and annotated after the first fixes, before
	// the extractor ran on them): times of day, ordinals, quarters,
	// seasons, more outlets and publication-line layouts.
	id("tadi malam", "Rusia menyerang Ukraina tadi malam.", "2025-12")
	id("pagi tadi", "Rusia menyerang Ukraina pagi tadi.", "2025-12-05")
	id("kamis comma date", "Rusia menyerang Ukraina pada Kamis, 4 Desember 2025.", "2025-12-04")
	id("tanggal", "Rusia menyerang Ukraina pada tanggal 4 Desember.", "2025-12-04")
	id("28 november lalu", "Rusia menyerang Ukraina pada 28 November lalu.", "2025-11-28")
	id("pekan pertama desember", "Rusia menyerang Ukraina pada pekan pertama Desember.", "2025-12")
	id("kuartal ketiga", "Rusia menyerang Ukraina pada kuartal ketiga 2025.", "2025")
	id("2025 lalu", "Rusia menyerang Ukraina pada 2025 lalu.", "2025")
	id("setahun lalu", "Rusia menyerang Ukraina setahun lalu.", "2024")
	id("fronted dini hari", "Pada Senin (1/12/2025) dini hari, Rusia menyerang Ukraina.", "2025-12-01")
	id("sekitar pukul", "Rusia menyerang Ukraina pada Rabu (3/12/2025) sekitar pukul 22.00 WIB.", "2025-12-03")
	id("just after midnight", "Rusia menyerang Ukraina pada 1 Desember 2025 pukul 00.15 WIB.", "2025-12-01")
	id("hari raya", "Rusia menyerang Ukraina pada Hari Raya Idul Fitri.", "")
	id("dua hari kemudian", "Rusia menyerang Ukraina dua hari kemudian.", "")
	id("sepekan lalu", "Rusia menyerang Ukraina sepekan lalu.", "2025-11")
	id("pertengahan november lalu", "Rusia menyerang Ukraina pada pertengahan November lalu.", "2025-11")
	en("last night", "Russia attacked Ukraine last night.", "2025-12")
	en("early this morning", "Russia attacked Ukraine early this morning.", "2025-12-05")
	en("nov 28", "Russia attacked Ukraine on Nov. 28.", "2025-11-28")
	en("thursday dec 4", "Russia attacked Ukraine on Thursday, Dec. 4.", "2025-12-04")
	en("first week of december", "Russia attacked Ukraine in the first week of December.", "2025-12")
	en("third quarter", "Russia attacked Ukraine in the third quarter of 2025.", "2025")
	en("a year ago", "Russia attacked Ukraine a year ago.", "2024")
	en("two days later", "Russia attacked Ukraine two days later.", "")
	en("over the weekend", "Russia attacked Ukraine over the weekend.", "2025-11")
	en("earlier this week", "Russia attacked Ukraine earlier this week.", "2025-12")
	en("early hours of friday", "Russia attacked Ukraine in the early hours of Friday.", "2025-12-05")
	en("late on wednesday", "Russia attacked Ukraine late on Wednesday.", "2025-12-03")
	en("summer of 2024", "Russia attacked Ukraine in the summer of 2024.", "2024")
	en("eve of ramadan", "Russia attacked Ukraine on the eve of Ramadan.", "")
	add("id cnn moskow", "id", "", "Moskow, CNN Indonesia -- Rusia menyerang Ukraina pada Kamis (4/12/2025).", "", "2025-12-04", true)
	add("en ap kyiv overnight", "en", "", "KYIV, Ukraine (AP) — Russia attacked Ukraine overnight.", "", "", true)
	add("id idn times", "id", "", "Jakarta, IDN Times - Rusia menyerang Ukraina kemarin.", "", "", true)
	add("id bisnis", "id", "", "Bisnis.com, JAKARTA — Rusia menyerang Ukraina pada Kamis (4/12/2025).", "", "2025-12-04", true)
	add("id line dash time", "id", "", "Jumat, 5 Desember 2025 - 08:15 WIB\nRusia menyerang Ukraina kemarin.", fri, "2025-12-04", true)
	add("en line gmt", "en", "", "05 December 2025, 08:15 GMT\nRussia attacked Ukraine yesterday.", fri, "2025-12-04", true)
	add("en line short", "en", "", "5 Dec 2025\nRussia attacked Ukraine yesterday.", fri, "2025-12-04", true)
	add("en line guardian", "en", "", "Friday 5 December 2025 14.30 GMT\nRussia attacked Ukraine yesterday.", fri, "2025-12-04", true)
	add("en line weekday abbreviation", "en", "", "Sat 6 Dec 2025 01.30 GMT\nRussia attacked Ukraine on Friday.", "2025-12-06", "2025-12-05", true)
	// Fourth batch (annotated before the extractor ran on them): durations
	// up to the article date, at the precision that holds all of them, and
	// a duration that gives way to a date in the sentence.
	id("selama tiga tahun", "Rusia telah menyerang Ukraina selama tiga tahun.", "")
	id("selama dua hari terakhir", "Rusia menyerang Ukraina selama dua hari terakhir.", "2025-12")
	id("dalam sepekan terakhir", "Rusia menyerang Ukraina dalam sepekan terakhir.", "2025")
	id("dalam 24 jam terakhir", "Rusia menyerang Ukraina dalam 24 jam terakhir.", "2025-12")
	id("selama tiga hari pada 2014", "Rusia menyerang Ukraina selama tiga hari pada 2014.", "2014")
	en("for three years", "Russia has attacked Ukraine for three years.", "")
	en("for the past two days", "Russia has attacked Ukraine for the past two days.", "2025-12")
	en("in the past 24 hours", "Russia attacked Ukraine in the past 24 hours.", "2025-12")
	en("over the last three weeks", "Russia attacked Ukraine over the last three weeks.", "2025")
	en("for three days in 2014", "Russia attacked Ukraine for three days in 2014.", "2014")
	add("id dua hari terakhir after new year", "id", jan, "Rusia menyerang Ukraina selama dua hari terakhir.", jan, "", true)
	add("en past 24 hours first of month", "en", mon, "Russia attacked Ukraine in the past 24 hours.", mon, "2025", true)
	// Added with their rules, as regressions: a month's name as a given
	// name, and a time told from another event.
	en("month as given name", "A letter from April Ryan said Russia attacked Ukraine.", fri)
	en("a day after", "Myanmar's military bombed a village in Sagaing a day after talks collapsed.", "")
	id("sehari setelah", "Rusia menyerang Ukraina, sehari setelah perundingan gagal.", "")
	id("malam lebaran", "Israel menyerang Gaza pada malam Lebaran.", "")
	// Fifth batch (annotated before the extractor ran on them): a date in
	// a quotation dates only what the quotation tells.
	en("quoted date outside event", "Russia attacked Ukraine, and the minister said it was \"like February 2022 again.\"", fri)
	id("kutipan tanggal", "Rusia menyerang Ukraina, dan menteri itu berkata \"seperti 24 Februari 2022.\"", fri)
	en("event inside quote", "\"Russia attacked Ukraine yesterday,\" the minister said.", "2025-12-04")
	id("peristiwa dalam kutipan", "\"Rusia menyerang Ukraina kemarin,\" kata menteri itu.", "2025-12-04")
	en("quote date before event", "The minister, who said \"two years ago we warned them,\" confirmed Russia attacked Ukraine.", fri)
	// Sixth batch (annotated before the extractor ran on them): a weekday
	// of last week.
	id("kamis pekan lalu", "Rusia menyerang Ukraina pada Kamis pekan lalu.", "2025-11-27")
	id("kamis minggu lalu", "Rusia menyerang Ukraina Kamis minggu lalu.", "2025-11-27")
	en("thursday last week", "Russia attacked Ukraine on Thursday last week.", "2025-11-27")
	id("kamis bracket lalu", "Rusia menyerang Ukraina pada Kamis (4/12) lalu.", "2025-12-04")
	id("awal pekan ini", "Rusia menyerang Ukraina awal pekan ini.", "2025-12")
	add("id senin pekan lalu on monday", "id", mon, "Rusia menyerang Ukraina pada Senin pekan lalu.", mon, "2025-11-24", true)
	// Not facts: future, plans, conditions, negations, reported plans.
	idNot := []string{
		"Rusia akan menyerang Ukraina dalam dua pekan ke depan.",
		"Rusia kemungkinan akan menyerang Ukraina pada Januari.",
		"Rusia disebut-sebut bersiap menyerang Ukraina.",
		"Rusia sempat berencana menyerang Ukraina pada 2021.",
		"Rusia akan kembali menyerang Ukraina pada akhir pekan ini.",
		"Rusia berencana menyerang Ukraina sebelum akhir 2026.",
		"Jika gencatan senjata gagal, Rusia akan menyerang Ukraina pada Januari 2026.",
		"Rusia dilaporkan berencana menyerang Ukraina pekan depan.",
		"Rusia tidak pernah menyerang Ukraina pada 2025, kata Kremlin.",
		"Rusia belum menyerang Ukraina hingga Jumat (5/12/2025).",
		"Rusia bisa saja menyerang Ukraina sebelum 2030.",
		"Seandainya Rusia menyerang Ukraina tahun depan, Eropa akan terdampak.",
		"Militer Myanmar disebut akan mengebom desa di Sagaing pada Januari 2026.",
		"Israel bersiap menyerang Gaza dalam beberapa hari ke depan.",
		"Rusia berniat menyerang Ukraina pada musim dingin ini.",
		"Pasukan Israel diperkirakan menyerang Gaza pekan depan.",
		"Rusia tak akan menyerang Ukraina, kata Putin pada Kamis (4/12/2025).",
		"Rusia membantah telah menyerang Ukraina pada Kamis (4/12/2025).",
		"Bila Rusia menyerang Ukraina lagi, sanksi baru akan dijatuhkan.",
		"Rusia bertekad menyerang Ukraina hingga akhir 2026.",
		"Israel mempertimbangkan untuk menyerang Gaza pada awal 2026.",
		"Rusia akan terus menyerang Ukraina hingga 2030.",
		"Rusia dijadwalkan menyerang Ukraina pada Senin (8/12/2025).",
		"Kalau Rusia menyerang Ukraina besok, NATO bersidang.",
	}
	enNot := []string{
		"Russia will attack Ukraine within two weeks, officials warned.",
		"Russia was poised to attack Ukraine on Friday.",
		"Russia could have attacked Ukraine in 2023.",
		"Russia had planned to attack Ukraine in 2021.",
		"Russia would attack Ukraine if NATO sent troops.",
		"Russia plans to attack Ukraine before the end of 2026.",
		"Russia is expected to attack Ukraine by the end of 2026.",
		"Russia could attack Ukraine as early as next week.",
		"Russia may attack Ukraine in January 2026.",
		"Russia is reportedly planning to attack Ukraine next month.",
		"Russia intends to attack Ukraine again in the spring.",
		"Russia has not attacked Ukraine since Monday.",
		"Russia never attacked Ukraine in 2025, the Kremlin said.",
		"Unless talks resume, Russia will attack Ukraine on Friday.",
		"Russia is set to attack Ukraine in the coming days.",
		"Russia warned it would attack Ukraine if the strikes continued.",
		"Russia denied it attacked Ukraine on Thursday.",
		"Israel is considering attacking Gaza early next year.",
		"Russia is likely to attack Ukraine within days.",
		"Russia threatened to attack Ukraine on Thursday.",
	}
	for _, s := range idNot {
		add("id not "+s, "id", fri, s, fri, "", false)
	}
	for _, s := range enNot {
		add("en not "+s, "en", fri, s, fri, "", false)
	}
	return rows
}()

// dateGrid2Known: rows the extractor still fails; each must keep failing.
var dateGrid2Known = []string{
	// A bare duration ("selama tiga tahun", "for three years") is read as
	// up to the article date only with past/last/terakhir: without, it is
	// as often a sentence's or a truce's length ("dipenjara selama lima
	// tahun", "jailed for ten years"), and the lead keeps the article date.
	"2 id selama tiga tahun", // event date "2025-12-05", want ""
	"2 en for three years",   // event date "2025-12-05", want ""
}

// dateGrid2Floor is how many rows must pass: 107 of 149 before the
// changes of this grid (datewords.go), 149 of 149 after; with the third
// batch 190 of 196 before its changes, 196 of 196 after; with the fourth
// (durations) 198 of 208 before its changes, 206 of 208 after; 210 of
// 212 with four regression rows; with the fifth batch (quotations) 212 of
// 217 before its rule, 215 of 217 after; with the sixth (a weekday of last
// week) 217 of 223 before its rule, 221 of 223 after.
const dateGrid2Floor = 221

// TestDateGrid2 checks the second date grid as TestDateGrid checks the
// first; SHOWKNOWN logs what known failures still get wrong.
func TestDateGrid2(t *testing.T) {
	pass := runDateRows(t, dateGrid2Rows, dateGrid2Known)
	t.Logf("%d of %d rows pass, %d known failures", pass, len(dateGrid2Rows), len(dateGrid2Known))
	if pass < dateGrid2Floor {
		t.Errorf("%d rows pass, fewer than the floor %d", pass, dateGrid2Floor)
	}
}
