<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
# ICカード等の取扱い {#tokens}

1. ${staff.term}は、認証に用いるICカード等を他人に貸与し、又は共用してはならず、業務上必要なとき以外は端末等に装着したままにしてはならない。
1. ${staff.term}は、ICカード等を紛失した場合は、直ちに${roles.securityManager.title}に報告しなければならない。報告を受けたICカード等は、速やかに使用できないようにしなければならない。

# 利用者IDの取扱い {#user-id}

1. ${staff.term}は、自己の利用者IDを他人に利用させ、又は他人の利用者IDを利用してはならない。
1. 複数の者で共用する利用者IDは、業務上やむを得ない場合に限り、利用する者を限定し、利用を記録して使用することができる。

# パスワード等の取扱い {#password}

1. ${staff.term}は、パスワードを他人に知らせ、又は第三者の目に触れる場所に書き留めてはならない。
1. パスワードは、十分な長さを持ち推測されにくいものとし、他の情報システム又は私的なサービスと同じものを用いてはならない。仮のパスワードは、最初の利用時に変更しなければならない。
1. ${staff.term}は、パスワードが他人に知られたおそれがある場合は、直ちに変更し、${roles.securityManager.title}に報告しなければならない。
1. 多要素認証が利用できる情報システムでは、定められた方法により多要素認証を行わなければならない。
