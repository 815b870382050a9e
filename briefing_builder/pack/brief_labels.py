"""Fixed words of the sections every real brief has (issue 12), in each pack language (see `labels.py`).

French labels follow the house typography (`typography.typeset` adds the spaces before ":" and the like);
Arabic counts are written label/value ("عدد الصفحات: 3"), since a number's noun agrees with it.
"""

from __future__ import annotations

BRIEF_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "likely_ask": "Likely ask", "suggested_response": "Suggested response", "sensitivity": "Sensitivity",
        "defensive_line": "Defensive line", "format": "Format", "venue": "Venue", "date": "Date", "time": "Time",
        "duration": "Duration", "duration_value": "{minutes} minutes", "interpreters": "Interpreters",
        "file_reference": "File reference", "version": "Version", "cleared_by": "Cleared by",
        "date_prepared": "Date prepared", "prepared_by": "Prepared by", "desk": "Desk", "telephone": "Telephone",
        "email": "E-mail", "our_side": "Our side", "their_side": "Their side", "name": "Name", "role": "Role",
        "annex": "Annex {letter}", "annex_pdf_one": "PDF, 1 page: follows this pack in its PDF version",
        "annex_pdf": "PDF, {pages} pages: follow this pack in its PDF version",
        "annex_docx": "Word document: appended to this pack's Word version",
        "pronunciation": "Pronunciation", "languages": "Languages", "bio_as_of": "as of {date}",
        "bilateral": "Bilateral meeting", "plenary": "Plenary session", "pull-aside": "Pull-aside",
        "call": "Call", "when": "When", "where": "Where", "with": "With",
    },
    "fr": {
        "likely_ask": "Demande probable", "suggested_response": "Réponse suggérée", "sensitivity": "Point sensible",
        "defensive_line": "Élément de réponse", "format": "Format", "venue": "Lieu", "date": "Date",
        "time": "Heure", "duration": "Durée", "duration_value": "{minutes} min", "interpreters": "Interprètes",
        "file_reference": "Référence du dossier", "version": "Version", "cleared_by": "Validé par",
        "date_prepared": "Date de rédaction", "prepared_by": "Rédigé par", "desk": "Service",
        "telephone": "Téléphone", "email": "Courriel", "our_side": "Notre délégation",
        "their_side": "La délégation de l’autre partie", "name": "Nom", "role": "Fonction",
        "annex": "Annexe {letter}", "annex_pdf_one": "PDF, 1 page : suit ce dossier dans sa version PDF",
        "annex_pdf": "PDF, {pages} pages : suivent ce dossier dans sa version PDF",
        "annex_docx": "Document Word : joint à la version Word de ce dossier",
        "pronunciation": "Prononciation", "languages": "Langues", "bio_as_of": "au {date}",
        "bilateral": "Entretien bilatéral", "plenary": "Séance plénière", "pull-aside": "Aparté",
        "call": "Entretien téléphonique", "when": "Quand", "where": "Où", "with": "Avec",
    },
    "pt": {
        "likely_ask": "Pedido provável", "suggested_response": "Resposta sugerida", "sensitivity": "Questão sensível",
        "defensive_line": "Linha defensiva", "format": "Formato", "venue": "Local", "date": "Data", "time": "Hora",
        "duration": "Duração", "duration_value": "{minutes} min", "interpreters": "Intérpretes",
        "file_reference": "Referência do processo", "version": "Versão", "cleared_by": "Aprovado por",
        "date_prepared": "Data de preparação", "prepared_by": "Preparado por", "desk": "Serviço",
        "telephone": "Telefone", "email": "Correio eletrónico", "our_side": "A nossa delegação",
        "their_side": "A delegação da outra parte", "name": "Nome", "role": "Função",
        "annex": "Anexo {letter}", "annex_pdf_one": "PDF, 1 página: segue este dossier na versão PDF",
        "annex_pdf": "PDF, {pages} páginas: seguem este dossier na versão PDF",
        "annex_docx": "Documento Word: anexado à versão Word deste dossier",
        "pronunciation": "Pronúncia", "languages": "Línguas", "bio_as_of": "em {date}",
        "bilateral": "Reunião bilateral", "plenary": "Sessão plenária", "pull-aside": "Conversa à margem",
        "call": "Chamada", "when": "Quando", "where": "Onde", "with": "Com",
    },
    "ar": {
        "likely_ask": "طلب محتمل", "suggested_response": "الرد المقترح", "sensitivity": "مسألة حساسة",
        "defensive_line": "الرد الدفاعي", "format": "الشكل", "venue": "المكان", "date": "التاريخ",
        "time": "الوقت", "duration": "المدة", "duration_value": "{minutes} دقيقة",
        "interpreters": "المترجمون الفوريون", "file_reference": "المرجع", "version": "الإصدار",
        "cleared_by": "اعتمده", "date_prepared": "تاريخ الإعداد", "prepared_by": "أعدّه", "desk": "الإدارة",
        "telephone": "الهاتف", "email": "البريد الإلكتروني", "our_side": "وفدنا", "their_side": "وفد الطرف الآخر",
        "name": "الاسم", "role": "المنصب", "annex": "الملحق {letter}",
        "annex_pdf_one": "ملف PDF من صفحة واحدة: يلي هذه المذكرة في نسختها PDF",
        "annex_pdf": "ملف PDF، عدد الصفحات: {pages}؛ تلي هذه المذكرة في نسختها PDF",
        "annex_docx": "مستند Word: مُلحق بنسخة Word من هذه المذكرة",
        "pronunciation": "النطق", "languages": "اللغات", "bio_as_of": "حتى {date}",
        "bilateral": "لقاء ثنائي", "plenary": "جلسة عامة", "pull-aside": "لقاء جانبي", "call": "مكالمة",
        "when": "الموعد", "where": "المكان", "with": "مع",
    },
}


def brief_words(language: str) -> dict[str, str]:
    return BRIEF_WORDS.get(language, BRIEF_WORDS["en"])


def duration_text(minutes: int, language: str) -> str:
    """A meeting's length as the language writes it beside its label: "45 minutes", "45 min", "45 دقيقة".

    Arabic: the counted noun agrees with the number (1: دقيقة واحدة, 2: دقيقتان, 3-10: plural دقائق, 11 and
    above: singular دقيقة), so the value never has to repeat the row's label."""
    if language == "ar":
        if minutes == 1:
            return "دقيقة واحدة"
        if minutes == 2:
            return "دقيقتان"
        if 3 <= minutes % 100 <= 10:
            return f"{minutes} دقائق"
        return f"{minutes} دقيقة"
    if language == "en" and minutes == 1:
        return "1 minute"
    return brief_words(language)["duration_value"].format(minutes=minutes)


def annex_letter(number: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (annexes are lettered as in a printed brief)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
