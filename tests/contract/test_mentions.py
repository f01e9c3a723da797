"""The @mention rule (issue 15 #16)."""
from rvops_contract.mentions import find_mentions

USERS = [("u_carla", "Carla Mendes"), ("u_ana", "Ana Souza"), ("u_anap", "Ana Paula Lima"),
         ("u_lucia", "Lúcia Prado")]


def test_a_full_name_or_a_first_name_only_one_colleague_has_is_a_mention():
    assert find_mentions("@Carla, pode aprovar o desconto?", USERS) == ["u_carla"]
    assert find_mentions("Falei com @carla mendes e @LUCIA ontem", USERS) == ["u_carla", "u_lucia"]


def test_the_longest_name_wins_and_a_shared_first_name_needs_the_full_name():
    assert find_mentions("@Ana Paula Lima veja isto", USERS) == ["u_anap"]
    assert find_mentions("@Ana veja isto", USERS) == []            # two colleagues are called Ana
    assert find_mentions("@Ana Souza e @ana souza", USERS) == ["u_ana"]


def test_an_e_mail_or_a_name_inside_a_word_is_not_a_mention():
    assert find_mentions("escreva para carla@empresa.com.br", USERS) == []
    assert find_mentions("@Carlaxyz", USERS) == []
    assert find_mentions("sem menções", USERS) == []
