<#import "levels.ftl" as lv>
<#assign sM = roles.securityManager.title>
<#assign sysM = roles.systemManager.title>
1. ${sM}<#if sysM != sM>及び${sysM}</#if>は、情報資産をその分類に従って適正に保管しなければならない。
1. ${lv.prot}の情報資産を記録した文書及び電磁的記録媒体は、施錠できる書庫、キャビネット等に保管しなければならない。
1. ${lv.high}の情報資産を記録した電磁的記録媒体は、保管の状況を記録し、定期的に所在を確認しなければならない。
1. ${lv.prot}の情報資産を電磁的記録媒体に保管する場合は、暗号化又はパスワードの設定により保護しなければならない。
<#if lv.integrityHigh?has_content || lv.availabilityHigh?has_content>
1. ${sysM}は、<#if lv.integrityHigh?has_content>${lv.integrityHigh}<#if lv.availabilityHigh?has_content>又は</#if></#if><#if lv.availabilityHigh?has_content>${lv.availabilityHigh}</#if>の情報資産について、定期的にバックアップを取得し、原本と同時に被災し、又は損傷することのない場所に保管しなければならない。
<#else>
1. ${sysM}は、${lv.high}の情報資産について、定期的にバックアップを取得し、原本と同時に被災し、又は損傷することのない場所に保管しなければならない。
</#if>
1. 保存期間が満了した情報資産は、速やかに廃棄しなければならない。
