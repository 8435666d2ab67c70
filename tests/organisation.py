"""A complete made-up organisation profile, as the first start asks for it: letters in every
language have a letterhead and a signatory (a letter with an empty one is refused)."""

from __future__ import annotations

from legalaid.services.letters.register import LanguageProfile, OrganisationProfile

SYNTHETIC_ORGANISATION = OrganisationProfile(
    kk=LanguageProfile("«Құқықтық көмек» қоғамдық қоры", "Алматы қ., Үлгі к-сі, 1",
                       "Директор Ә. Сынақова"),
    ru=LanguageProfile("Общественный фонд «Правовая помощь»", "г. Алматы, ул. Примерная, 1",
                       "Директор А. Тестова"),
    en=LanguageProfile("Legal Aid Public Foundation", "1 Sample Street, Almaty",
                       "Director A. Testova"),
    phone="+7 700 000 00 00", prefix="LA",
)
