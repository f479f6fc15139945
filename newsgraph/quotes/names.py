"""Given names that are (nearly always) one gender, for resolving he/she to a speaker.

Source: common English-language given names, curated for newsgraph after the most frequent
names by sex in the US Social Security Administration's national baby-name lists (1940-2000)
and UK ONS baby-name lists; names commonly given to both sexes (Jordan, Taylor, Jean, ...) are
left out. The article's own evidence (titles, gendered words, pronouns) wins over this list.
A second block (sixth session of 2026-12-07) adds frequent given names of other languages met in
world news (Slavic, Germanic, Nordic, Romance, Greek, Turkish, Arabic, Persian, South Asian, East
African), curated the same way; names of one sex in one language and the other in another
(Andrea, Nikola, Sasha, Jan/Jana aside) or of both (Kim, Yu, Ali) are left out.
"""

from __future__ import annotations

MALE_NAMES = frozenset(
    """
    aaron adam adrian alan albert alexander alfred andrew anthony antonio arthur barack benjamin bernard bernie
    bill billy bob bobby brad bradley brandon brian bruce bryan carl carlos charles charlie chris christopher
    chuck clarence craig dale daniel danny darren dave david dennis derek dick donald doug douglas duncan dwight
    earl eddie edward elijah eric ernest eugene frank fred frederick gary gavin george gerald gordon graham greg
    gregory harold harry henry howard ian jack jacob jake james jason jeff jeffrey jeremy jerry jesse jim jimmy
    joe joel john johnny jon jonathan joseph josh joshua juan justin keith ken kenneth kevin kyle larry lawrence
    leonard louis luke marco mark martin matt matthew michael mike mitch mitchell mohammed muhammad nathan
    neil nicholas nick noah oliver oscar patrick paul peter philip phillip ralph randy raymond richard rick
    rob robert roger ron ronald roy russell ryan sam samuel scott sean sergei seth shawn simon stanley stephen
    steve steven stuart ted terry thomas tim timothy todd tom tony travis victor vincent vladimir walter warren
    wayne william willie yusuf zachary
    """.split()
) | frozenset(
    """
    viktor vladislav dmitri dmitry alexei alexey andrei andrey mikhail nikolai ivan igor oleg pavel yuri boris
    anatoly evgeny yevgeny vitaly volodymyr oleksandr taras bogdan piotr pawel tomasz marek krzysztof wojciech
    jakub karel jiri milan zoran dragan goran miroslav branko jan lukas matthias juergen jurgen klaus wolfgang
    dieter helmut horst gerhard uwe hans stefan sven lars anders nils jens magnus olaf henrik bjorn pierre
    jacques francois philippe alain michel olivier thierry giuseppe giovanni luca paolo francesco alessandro
    matteo lorenzo massimo sergio javier miguel pedro jose luis alejandro diego fernando rafael joao
    ricardo eduardo gustavo nikos giorgos dimitris konstantinos mehmet mustafa ahmet recep emre hakan murat
    ahmed ahmad mohamed mohammad mahmoud hassan hussein hussain omar khalid ibrahim abdullah hamid karim tariq
    youssef idris selim reza hossein ali-reza rahul amit sanjay vijay arjun rajesh suresh ravi anil sunil
    narendra imran kofi kwame emeka chukwu oluwaseun tendai
    """.split()
)

FEMALE_NAMES = frozenset(
    """
    abigail alice alicia alison amanda amber amy andrea angela anita ann anna anne annie barbara betty beverly
    brenda brittany carol caroline carolyn catherine cathy charlotte cheryl christina christine claire cynthia
    deborah debra denise diana diane donna doris dorothy elaine eleanor elizabeth ellen emily emma erin
    evelyn fiona frances gloria grace hannah heather helen hillary irene jacqueline jane janet janice jennifer
    jessica jill joan joanne josephine joyce judith judy julia julie karen kate katherine kathleen kathryn kathy
    katie kimberly kristen laura lauren linda lisa lori louise lucy margaret maria marie marilyn
    martha mary megan melania melanie melissa michelle monica nancy natalie nicole nikki olivia pamela patricia
    paula peggy rachel rebecca rita rose ruth sally samantha sandra sara sarah sharon shirley sophie stephanie
    susan suzanne tammy teresa theresa tina tracy ursula valerie victoria virginia wendy
    """.split()
) | frozenset(
    """
    nadia natalia natalya natasha olga irina svetlana tatiana tatyana elena yelena ekaterina yekaterina
    anastasia yulia yuliya marina ludmila lyudmila oksana galina agnieszka katarzyna magdalena malgorzata ewa
    jana petra zuzana ivana ingrid astrid sigrid birgit ingeborg monika sabine brigitte ulrike heike annika
    francoise isabelle nathalie sylvie veronique giulia francesca chiara giovanna alessandra carmen lucia
    pilar rocio beatriz fernanda ana-maria eleni katerina zeynep ayse elif fatma fatima aisha aicha leila
    layla yasmin yasmine mariam maryam zahra priya anjali sunita kavita lakshmi deepika pooja siobhan
    bridget niamh aoife mairead nkechi chioma ngozi amina camille aurelie margaux chloe manon
    """.split()
)


def name_gender(full_name: str) -> str | None:
    """"m" or "f" from the first given name of ``full_name``, None when unknown."""
    for word in full_name.replace(".", " ").split():
        w = word.lower()
        if w in MALE_NAMES:
            return "m"
        if w in FEMALE_NAMES:
            return "f"
        if len(w) > 1:  # only the first real word is a given name
            return None
    return None
